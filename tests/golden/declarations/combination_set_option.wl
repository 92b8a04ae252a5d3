// `c[Option] = True` enables an option of a combination variable, `= False` disables it
FileOptions is Combination
	CreateFile
	ReadFile
	WriteFile
	DeleteFile
END
FileAction is FileOptions
FileAction = 0 // no option
IF NOT FileAction[ReadFile] THEN Trace("no option yet") // expect: no option yet
FileAction[ReadFile] = True
FileAction[WriteFile] = True
IF FileAction[ReadFile] AND FileAction[WriteFile] THEN Trace("read and write") // expect: read and write
FileAction[ReadFile] = False
IF FileAction[ReadFile] THEN Trace("read") ELSE Trace("read disabled") // expect: read disabled
IF FileAction[WriteFile] THEN Trace("write kept") // expect: write kept
FileAction[CreateFile + DeleteFile] = True
IF FileAction = CreateFile + WriteFile + DeleteFile THEN Trace("three options") // expect: three options
FileAction[WriteFile + DeleteFile] = False
IF FileAction = CreateFile THEN Trace("only create") // expect: only create
Job is Structure
	Actions is FileOptions
END
j is Job
j.Actions[DeleteFile] = True
IF j.Actions[DeleteFile] AND NOT j.Actions[ReadFile] THEN Trace("member set") // expect: member set
a is array of 3 int
a[2] = 7
Trace(a[2]) // expect: 7
EnableRead(FileAction)
IF FileAction[ReadFile] THEN Trace("parameter by reference") // expect: parameter by reference

PROCEDURE EnableRead(Options is FileOptions)
Options[ReadFile] = True
