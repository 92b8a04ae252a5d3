// Help page "Mechanism of specific exceptions" (help.windev.com ?3034003): its two
// syntaxes. The simple one runs the exception code when the risky code fails, then the
// rest of the code; the advanced one adds ELSE, run when no exception was raised. The
// page states no output: the traces show what it describes.
WHEN EXCEPTION IN
	ExceptionThrow(5, "risky code failed")
DO
	Trace("exception", ExceptionInfo(errCode)) // expect: exception, 5
END
Trace("rest of code") // expect: rest of code
WHEN EXCEPTION IN
	nValue is int = 2
DO
	Trace("exception")
ELSE
	Trace("no exception") // expect: no exception
END
WHEN EXCEPTION IN
	ExceptionThrow(6)
DO
	Trace("exception", ExceptionInfo(errCode)) // expect: exception, 6
ELSE
	Trace("no exception")
END
Trace("rest of code") // expect: rest of code
