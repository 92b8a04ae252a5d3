// endless recursion is a catchable fatal error
WHEN EXCEPTION IN
	Forever(1)
DO
	Trace("caught: " + ExceptionInfo(errMessage)) // expect: caught: Stack overflow: too many nested procedure calls.
END

PROCEDURE Forever(n)
RETURN Forever(n + 1)
