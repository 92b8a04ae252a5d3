// ErrorOccurred in an exception handler: ExceptionThrow is a WLanguage function and
// clears ErrorOccurred when it starts, as every function does, so the handler does not
// see an error recorded before it (decided: docs/semantics.md, "ErrorOccurred in an
// exception handler"). It kept an earlier ErrorThrow. A division by zero is no call:
// ErrorOccurred keeps the last call's answer there.
Check()
// expect: 1
// expect: exc, 0
Trace(ErrorOccurred) // expect: 0
WHEN EXCEPTION IN
	ErrorThrow(7, "earlier")
	ExceptionThrow(8, "now")
DO
	Trace(ErrorOccurred, ExceptionInfo(errCode)) // expect: 0, 8
END
ErrorThrow(9, "before the division")
n is int = 0
WHEN EXCEPTION IN
	Trace(1 / n)
DO
	Trace(ErrorOccurred, ErrorInfo(errCode)) // expect: 1, 9
END

PROCEDURE Check()
ErrorThrow(1, "boom")
Trace(ErrorOccurred)
ExceptionThrow(2, "exc")
CASE EXCEPTION:
	Trace(ExceptionInfo(errMessage), ErrorOccurred)
