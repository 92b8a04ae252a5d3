// `c..Value` on a combination gives the associated values of the options set in it
// (an option without one stands for its flag 1, 2, 4... by rank), combined as flags
// are, so that CombinationFromValue reads it back; one option set gives its own value,
// none gives 0. It gave the flags by rank (2 for Photo_Back = 16). An option named on
// its own has the same properties. (decided: docs/semantics.md "Enumerations and
// combinations")
PhotoRole is Combination
	Photo_Front = 1
	Photo_Back = 16
	Photo_Side = 2
END
role is PhotoRole = Photo_Back
Trace(role..Value, role..Name)   // expect: 16, Photo_Back
role = Photo_Back + Photo_Side
Trace(role..Value)   // expect: 18
back is PhotoRole = CombinationFromValue(PhotoRole, role..Value)
Trace(back..Name)   // expect: Photo_Back + Photo_Side
role = 0
Trace(role..Value)   // expect: 0
Trace(Photo_Back..Value, PhotoRole.Photo_Side..Value, Photo_Front..Name)   // expect: 16, 2, Photo_Front
FileOptions is Combination
	ReadFile
	WriteFile
	DeleteFile
END
action is FileOptions = ReadFile + DeleteFile
Trace(action..Value)   // expect: 5
Trace(Stored(WriteFile))   // expect: 2

PROCEDURE Stored(c is FileOptions)
RESULT c..Value
