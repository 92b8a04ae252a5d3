// ExceptionThrow with a named code, as a web service's procedures write it:
// exceptionError and exceptionWarning are the exception's code (stdlib/errors.py;
// docs/builtins.md "ExceptionThrow's named codes (issue 8, RC, 7 Dec 2026, 17:25-20:25)").
WHEN EXCEPTION IN
	ExceptionThrow(exceptionError, "the database cannot be opened")
DO
	Trace(ExceptionInfo(errCode) = exceptionError, ExceptionInfo(errMessage)) // expect: 1, the database cannot be opened
END
WHEN EXCEPTION IN
	ExceptionThrow(exceptionWarning)
DO
	Trace(ExceptionInfo(errCode) = exceptionWarning, exceptionWarning <> exceptionError) // expect: 1, 1
END
