// an INTERNAL PROCEDURE lives inside another procedure
Trace(Total(4)) // expect: 30

PROCEDURE Total(n)
INTERNAL PROCEDURE Sq(x)
	RETURN x * x
END
s is int
FOR i = 1 TO n
	s += Sq(i)
END
RETURN s
