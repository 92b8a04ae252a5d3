// an internal procedure sees the variables of the procedure around it
Outer() // expect: v=10
// expect: after 20

PROCEDURE Outer()
v is int = 10
INTERNAL PROCEDURE Show()
	Trace("v=" + v)
	v = 20
END
Show()
Trace("after " + v)
