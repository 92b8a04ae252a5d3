// after an uncaught error nothing else runs
Trace("one") // expect: one
ExceptionThrow(1, "stop here") // expect error: stop here
Trace("two")
