// errSystemMessage (17, WINDEV Mobile's runtime's kind for the system's error message;
// it was 5): real code shows the system's words after a file function failed
Trace(errSystemMessage, errCode, errMessage)                   // expect: 17, 0, 1
sPath is string = fTempPath() + "/wl_no_such_folder_k/missing.txt"
sText is string = fLoadText(sPath)
IF ErrorOccurred THEN
	Trace(ErrorInfo(errSystemCode), ErrorInfo(errSystemMessage))   // expect: 2, No such file or directory
	Trace(Position(ErrorInfo(errMessage), "missing.txt") > 0)     // expect: 1
END
// an error of the program's own has no system part
ErrorPropagate(42, "mine")
Trace("[" + ErrorInfo(errSystemMessage) + "]", ErrorInfo(17) = ErrorInfo(errSystemMessage))   // expect: [], 1
