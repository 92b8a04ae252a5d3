// ExceptionThrow raises an exception; ExceptionInfo reads its message and code
WHEN EXCEPTION IN
	ExceptionThrow(42, "Something went wrong")
DO
	Trace(ExceptionInfo(errMessage)) // expect: Something went wrong
	Trace(ExceptionInfo(errCode)) // expect: 42
	Trace(ExceptionInfo()) // expect: Something went wrong
END
