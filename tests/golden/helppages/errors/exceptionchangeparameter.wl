// Help page ExceptionChangeParameter ?3034007 (no example: its syntax section): with
// epExecuteProcedure, a fatal error of the process runs the procedure given, while
// ExceptionInfo describes the error; its answer opEndProcess ends the process (the caller
// goes on); epCode and ExceptionRestoreParameter go back to the standard behaviour
// (WHEN EXCEPTION); epExecuteProcedureOverall set in the main code (the project's
// initialisation code here) catches what no process caught, and opEndProgram stops the
// program (exit code 1). The function was unknown.
Trace("[" + Risky() + "]")
// expect: handled: Index 3 is out of range: the array has 0 element(s).
// expect: []
Trace(Restored())
// expect: WHEN EXCEPTION: 7
ExceptionChangeParameter(epExecuteProcedureOverall, GlobalHandler)
Deep()
// expect: global handler: 8
Trace("not reached")

PROCEDURE Risky()
ExceptionChangeParameter(epExecuteProcedure, MyHandler)
t is array of int
Trace(t[3])
RESULT "not reached"

PROCEDURE MyHandler()
Trace("handled: " + ExceptionInfo(errMessage))
RESULT opEndProcess

PROCEDURE Restored()
ExceptionChangeParameter(epExecuteProcedure, MyHandler)
ExceptionChangeParameter(epCode)
ExceptionRestoreParameter()
ExceptionRestoreParameter()
WHEN EXCEPTION IN
	ExceptionThrow(7)
DO
	RESULT "WHEN EXCEPTION: " + ExceptionInfo(errCode)
END
RESULT "not reached"

PROCEDURE Deep()
ExceptionThrow(8, "deep failure")

PROCEDURE GlobalHandler()
Trace("global handler: " + ExceptionInfo(errCode))
RESULT opEndProgram
