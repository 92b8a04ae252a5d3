// ExceptionPropagate re-raises the exception being handled to the caller
WHEN EXCEPTION IN
	Risky() // expect: inner saw it
DO
	Trace("outer: " + ExceptionInfo(errMessage)) // expect: outer: again
END

PROCEDURE Risky()
WHEN EXCEPTION IN
	ExceptionThrow(6, "again")
DO
	Trace("inner saw it")
	ExceptionPropagate()
END
