// the ELSE part runs only when no exception happened
WHEN EXCEPTION IN
	Trace("safe code") // expect: safe code
DO
	Trace("handler")
ELSE
	Trace("no exception") // expect: no exception
END
