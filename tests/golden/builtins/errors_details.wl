// ExceptionInfo with errSummary and errFullDetails; ExceptionThrow without a message
WHEN EXCEPTION IN
	ExceptionThrow(77)
DO
	Trace(ExceptionInfo()) // expect: Exception 77 thrown by ExceptionThrow.
	Trace(ExceptionInfo(errSummary)) // expect: Exception 77 thrown by ExceptionThrow.
	Trace(ExceptionInfo(errFullDetails) [=] "Error code: 77") // expect: 1
END
Trace("[" + ErrorInfo() + "]", ErrorInfo(errCode)) // expect: [], 0
