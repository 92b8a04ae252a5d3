// parameters typed without IS, and procedure/parameter attributes (accepted, no effect)
P(3, "x") // expect: 4, x
Q() // expect: main thread
PROCEDURE P(n int, LOCAL s string <useful>)
Trace(n + 1, s)
PROCEDURE Q() <thread main>
Trace("main thread")
