// a string used as a boolean condition is a fatal error
s is string = "yes"
Trace("before") // expect: before
IF s THEN Trace("never") // expect error: boolean
