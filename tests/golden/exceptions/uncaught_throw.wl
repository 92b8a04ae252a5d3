// an uncaught ExceptionThrow stops the program with its message
Trace("start") // expect: start
ExceptionThrow(3, "fatal problem") // expect error: fatal problem
Trace("never")
