// RESULT (a, b) returns several values; (x, y) = ... and let (x, y) = ... receive them
let (q, r) = DivMod(17, 5)
Trace(q, r) // expect: 3, 2
a, b are int
(a, b) = DivMod(9, 2)
Trace(a, b) // expect: 4, 1
soit (c, d) = (1, "deux")
Trace(c, d) // expect: 1, deux
x is int = DivMod(1, 1) // expect error: cannot
PROCEDURE DivMod(x, y)
RESULT (IntegerPart(x / y), x % y)
