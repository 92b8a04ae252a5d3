// ExceptionChangeParameter with the behaviours of ?3034007's list: epReturn (French
// epRetour: "ends the current process without propagating the exception") and epResult
// (epRenvoyer: "exits returning the value given; the exception is not propagated"), and
// epGotoCaseException (epGotoCasException: runs CASE EXCEPTION:). English names of
// epReturn and epGotoCaseException INFERRED; they were unknown (undeclared variables).
Trace("[" + ReadCell() + "]") // expect: []
Trace(Ratio(0)) // expect: -1
Trace(Ratio(4)) // expect: 25
Trace(Guarded(0)) // expect: case exception
Trace(Restored(0)) // expect: restored: 1002

PROCEDURE ReadCell() : string
ExceptionChangeParameter(epReturn)
t is array of 2 int
RESULT "x" + t[5]

PROCEDURE Ratio(n)
ExceptionChangeParameter(epResult, -1)
RESULT 100 / n

PROCEDURE Guarded(n)
ExceptionChangeParameter(epGotoCaseException)
RESULT 100 / n
CASE EXCEPTION:
	RESULT "case exception"

PROCEDURE Restored(n)
ExceptionChangeParameter(epResult, -1)
ExceptionRestoreParameter()
WHEN EXCEPTION IN
	RESULT 100 / n
DO
	RESULT "restored: " + ExceptionInfo(errCode)
END
