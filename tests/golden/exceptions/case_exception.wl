// a CASE EXCEPTION: section at the end of a procedure handles its fatal errors
Trace(SafeDivide(10, 2)) // expect: 5
Trace(SafeDivide(1, 0)) // expect: handled
// expect: -1
Trace("end") // expect: end

PROCEDURE SafeDivide(a, b)
RETURN a / b
CASE EXCEPTION:
	Trace("handled")
	RETURN -1
