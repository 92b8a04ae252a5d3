// a variable declared again with the same type in another block of one procedure (two
// branches of an IF or a SWITCH, the body and its CASE EXCEPTION section, a block and the
// code after it) is the same variable, set again where the declaration runs
Trace(Describe(3)) // expect: small 3
Trace(Describe(30)) // expect: large 30
Trace(Kind(1)) // expect: one
Trace(Kind(2)) // expect: two
Trace(Kind(7)) // expect: other
Trace(Find(0)) // expect: built, 404
// expect: not found 404
Trace(Find(-1)) // expect: built, 500
// expect: failed 500
Trace(After()) // expect: 1
// expect: 0
FOR k = 1 TO 2
	total is int
	total += k
	Trace(total) // expect: 1
	// expect: 2
END

CProblem is a Class
	code is int
END

PROCEDURE CProblem::Constructor(c is int)
	code = c
	Trace("built", c)

PROCEDURE Describe(n is int)
IF n < 10 THEN
	i is int = n
	RESULT "small " + i
ELSE
	i is int = n
	RESULT "large " + i
END

PROCEDURE Kind(n is int)
SWITCH n
	CASE 1
		s is string = "one"
		RESULT s
	CASE 2
		s is string = "two"
		RESULT s
	OTHER CASE
		s is string = "other"
		RESULT s
END

PROCEDURE Find(n is int)
IF n < 0 THEN
	ExceptionThrow(1, "bad key")
ELSE IF n = 0 THEN
	oProblem is CProblem(404)
	RESULT "not found " + oProblem.code
END
RESULT "found"
CASE EXCEPTION:
	oProblem is CProblem(500)
	RESULT "failed " + oProblem.code

PROCEDURE After()
IF True THEN
	x is int = 1
	Trace(x)
END
x is int
RESULT x
