// `c..Name` on a variable of a combination gives the names of the options set in it, in
// their declared order, joined by " + " as the value is written in code; "" when none is
// set (decided: the combination page ?1514074 lists "Associated properties" without
// their text in the stored copy; docs/semantics.md "Enumerations and combinations").
// It stopped: "A value of type integer has no property 'Name'".
FileOptions is Combination
	ReadFile
	WriteFile
	DeleteFile
END
action is FileOptions = ReadFile + DeleteFile
Trace(action..Name)   // expect: ReadFile + DeleteFile
action = 0
Trace("[" + action..Name + "]")   // expect: []
action[WriteFile] = True
Trace(action..Name)   // expect: WriteFile
t is array of 2 FileOptions
t[1] = DeleteFile + ReadFile + WriteFile
Trace(t[1]..Name)   // expect: ReadFile + WriteFile + DeleteFile
Trace(Shown(ReadFile + WriteFile))   // expect: ReadFile + WriteFile

PROCEDURE Shown(c is FileOptions)
RESULT c..Name
