// errors raised by the runtime are exceptions too, described by ExceptionInfo
WHEN EXCEPTION IN
	x is int = 1 / 0
DO
	Trace(ExceptionInfo(errMessage) [~] "division") // expect: 1
END
