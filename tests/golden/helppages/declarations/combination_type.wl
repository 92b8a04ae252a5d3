// Help page "Combination (Type of variable)" ?1514074: its example as written, with a
// Trace in each branch of its test, then the option set and the combination cleared as
// its comment says (`FileAction = 0 // Disables all the options`).
// Declaration code
// Declare a combination
CombinationType is Combination
	CreateFile
	ReadFile
	WriteFile
	DeleteFile
END
// Declare a Combination variable
FileAction is CombinationType
// Assign the variable
FileAction = ReadFile + WriteFile
// To test the value of the combination:
IF FileAction[WriteFile] THEN
	// The WriteFile option is enabled
	Trace("WriteFile enabled")
ELSE
	// The WriteFile option is not enabled
	Trace("WriteFile not enabled")
END
// expect: WriteFile enabled
Trace(FileAction[ReadFile], FileAction[CreateFile])
// expect: 1, 0
FileAction = 0 // Disables all the options
IF FileAction[WriteFile] THEN
	Trace("WriteFile enabled")
ELSE
	Trace("WriteFile not enabled")
END
// expect: WriteFile not enabled
