// WHEN EXCEPTION ... END (no IN) handles the exceptions of the rest of its block
Trace("start") // expect: start
QUAND EXCEPTION
    Trace("handled: " + ExceptionInfo(errMessage)) // expect: handled: Division by zero.
FIN
x is int = 1 / 0
Trace("not reached")
