// a procedure that returns a value can be called as a statement
n is int
Bump(n)
Bump(n)
Trace(n) // expect: 2

PROCEDURE Bump(x)
x++
RETURN x
