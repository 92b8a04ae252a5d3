// a procedure may be named like the GLOBAL/LOCAL section keywords: `Global()` is a call
Global() // expect: global
x is int = Local(2)
Trace(x) // expect: 4
PROCEDURE Global()
Trace("global")
PROCEDURE PUBLIC Local(n)
RESULT n * 2
