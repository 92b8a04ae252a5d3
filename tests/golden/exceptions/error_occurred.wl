// ErrorPropagate records a non-fatal error: ErrorOccurred and ErrorInfo describe it
Work()
IF ErrorOccurred THEN
	Trace("failed: " + ErrorInfo(errMessage)) // expect: failed: disk full
	Trace(ErrorInfo(errCode)) // expect: 28
END

PROCEDURE Work()
ErrorPropagate(28, "disk full")
