// Clone makes a new object of the class, its constructor run without parameters, then
// copies the members (?1000024843). A constructor that needs a parameter stops the run
// with Clone's words: it said only "CPoint::Constructor expects 1 parameter(s) but
// received 0" at the Clone call, which never passed 0 arguments in the code. A parameter
// with a default value is fine. (docs/builtins.md "Clone")
p is CPoint(3)
WHEN EXCEPTION IN
	q is CPoint dynamic = Clone(p)
	Trace(q.x)
DO
	Trace(ExceptionInfo()) // expect: Clone runs the constructor of CPoint without parameters, as a new object of the class is made before its members are copied: CPoint::Constructor expects 1 parameter(s) but received 0; give the constructor's parameters default values.
END
s is CSize(4)
c is CSize dynamic = Clone(s)
c.w++
Trace(s.w, c.w) // expect: 4, 5

CPoint is Class
	x is int
END

PROCEDURE CPoint::Constructor(nx is int)
x = nx

CSize is Class
	w is int
END

PROCEDURE CSize::Constructor(nw is int = 0)
w = nw
