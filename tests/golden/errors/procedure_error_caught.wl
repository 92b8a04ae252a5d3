// fatal errors (unknown procedure, wrong argument count) can be caught
WHEN EXCEPTION IN
	Nope()
DO
	Trace("unknown procedure caught") // expect: unknown procedure caught
END
WHEN EXCEPTION IN
	Two(1)
DO
	Trace("argument count caught") // expect: argument count caught
END

PROCEDURE Two(a, b)
RETURN a + b
