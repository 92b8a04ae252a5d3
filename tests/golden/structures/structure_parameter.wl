// a structure passed to a procedure is passed by reference
Counter is Structure
	n is int
END
c is Counter
Bump(c)
Bump(c)
Trace(c.n) // expect: 2

PROCEDURE Bump(x is Counter)
x.n++
