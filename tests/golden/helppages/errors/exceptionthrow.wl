// Help page ExceptionThrow (help.windev.com ?3034005): its example (an exception handler
// that switches on ExceptionInfo(errCode), buttons throwing exceptions 1 and 2) with each
// button's code inside WHEN EXCEPTION IN, as a script has no window; then the syntax
// with a message.
WHEN EXCEPTION IN
	// Throw an exception 1
	ExceptionThrow(1)
DO
	// According to the exception code
	SWITCH ExceptionInfo(errCode)
		// Process the exception 1
		CASE 1: Trace("exception 1") // expect: exception 1
		// Process the exception 2
		CASE 2: Trace("exception 2")
	END
END
WHEN EXCEPTION IN
	// Throw an exception 2
	ExceptionThrow(2, "second button")
DO
	SWITCH ExceptionInfo(errCode)
		CASE 1: Trace("exception 1")
		CASE 2: Trace(ExceptionInfo(errMessage)) // expect: second button
	END
END
