// A variable declared in a block is known until the END of that block (decided,
// INFERRED): declared again in an inner block it is a new variable hiding the outer one
// until the inner block ends (the outer one keeps its value); in two sibling blocks with
// different types it is two variables
s is string = "outer"
IF s <> "" THEN
	s is int = 5
	s += 1
	Trace(s)   // expect: 6
END
Trace(s)   // expect: outer
Trace(Hide(3))   // expect: inner 10
// expect: 3
Trace(Types(1), Types(0))   // expect: 2, zero done
Trace(Looping())   // expect: 1
// expect: 2
// expect: 100
Trace(Param("p"))   // expect: 7
// expect: p
Broken()

PROCEDURE Hide(n is int)
total is int = n
IF n > 0 THEN
	total is int = 10
	Trace("inner " + total)
	total += 1
END
RESULT total

PROCEDURE Types(n is int)
IF n > 0 THEN
	v is int = n + 1
	RESULT v
ELSE
	v is string = "zero"
	v += " done"
	RESULT v
END

PROCEDURE Looping()
i is int = 100
FOR k = 1 TO 2
	i is int = k
	Trace(i)
END
RESULT i

PROCEDURE Param(p is string)
IF p <> "" THEN
	p is int = 7
	Trace(p)
END
RESULT p

PROCEDURE Broken()
f is string = "x"
IF f <> "" THEN
	f is variant = 2
	f()
END
// expect error: 'f' holds a value of type integer, not a procedure: it cannot be called.
