// Every ErrorInfo constant answers: where the last non-fatal error happened, the system's
// error behind it, the module (decisions: docs/builtins.md, "ErrorInfo")
Trace(ErrorInfo(errLine)) // expect: 0
Trace("[" + ErrorInfo(errProcess) + "][" + ErrorInfo(errDebugInfo) + "]") // expect: [][]
ReadMissing()
// the procedure's traces:
// expect: 1, 1
// expect: 30
// expect: ReadMissing
// expect: errorinfo_constants
// expect: 2
// expect: 1
// expect: wlinterp
// expect: errorinfo_constants, ReadMissing, line 30
// expect: errorinfo_constants, main code, line 5
// expect: 1, 1
// expect: 42, ReadMissing
// expect: errorinfo_constants, wlinterp
// expect: 0, []
Trace(ErrorInfo(errProcess)) // expect: ReadMissing
Trace(ErrorInfo(errLine)) // expect: 30
ok is boolean = fDelete(fTempPath() + "/wl_errorinfo_no_such_file.txt")
Trace(ok, ErrorInfo(errLine), ErrorInfo(errProcess)) // expect: 0, 22, errorinfo_constants
Trace(ErrorInfo(errSystemCode)) // expect: 2
Trace(ErrorOccurred) // expect: 1
ErrorPropagate(42, "mine")
Trace(ErrorInfo(errCode), ErrorInfo(errSystemCode), "[" + ErrorInfo(errSystemMessage) + "]") // expect: 42, 0, []

PROCEDURE ReadMissing()
s is string = fLoadText(fTempPath() + "/wl_errorinfo_no_such_file.txt")
Trace(s = "", ErrorOccurred)
Trace(ErrorInfo(errLine))
Trace(ErrorInfo(errProcess))
Trace(ErrorInfo(errElement))
Trace(ErrorInfo(errSystemCode))
Trace(ErrorInfo(errSystemMessage) <> "")
Trace(ErrorInfo(errModule))
Trace(ErrorInfo(errDebugInfo))
Trace(ErrorInfo(errCode) <> 0, ErrorInfo(errSummary) <> "")
WHEN EXCEPTION IN
	n is int = 0
	Trace(10 / n)
DO
	Trace(ExceptionInfo(errLine), ExceptionInfo(errProcess))
	Trace(ExceptionInfo(errElement), ExceptionInfo(errModule))
	Trace(ExceptionInfo(errSystemCode), "[" + ExceptionInfo(errSystemMessage) + "]")
END
