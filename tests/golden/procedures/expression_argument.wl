// passing an expression to a by-reference parameter works; there is nothing to write back
a is int = 2
Trace(Twice(a + 1)) // expect: 6
Trace(Twice(5)) // expect: 10
Trace(a) // expect: 2

PROCEDURE Twice(x)
x = x * 2
RETURN x
