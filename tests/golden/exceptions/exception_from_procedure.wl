// an exception raised in a called procedure is caught by the caller's handler
WHEN EXCEPTION IN
	Check(-1)
	Trace("not reached")
DO
	Trace("caught: " + ExceptionInfo(errMessage)) // expect: caught: negative value
END

PROCEDURE Check(n)
IF n < 0 THEN ExceptionThrow(1, "negative value")
