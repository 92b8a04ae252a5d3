// by reference works for array elements and structure members too
t is array of int = [1, 2]
Inc(t[2])
Trace(t[2]) // expect: 3
Counter is Structure
	n is int
END
c is Counter
Inc(c.n)
Inc(c.n)
Trace(c.n) // expect: 2

PROCEDURE Inc(x)
x++
