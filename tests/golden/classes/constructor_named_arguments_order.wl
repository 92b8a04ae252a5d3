// A constructor's named arguments are evaluated in the order written, as a procedure's
// and a method's are (docs/semantics.md "Named arguments", decided, INFERRED): in a
// declaration with arguments, with new, and in `Constructor CBase(...)`. Before, a
// creation evaluated them in the constructor's parameters' order ("x" before "y").
o is CPoint(nY : Noted("y", 2), nX : Noted("x", 1)) // expect: y
// expect: x
Trace(o.m_x, o.m_y) // expect: 1, 2
p is CPoint dynamic = new CPoint(nY : Noted("y2", 4), nX : Noted("x2", 3)) // expect: y2
// expect: x2
Trace(p.m_x, p.m_y) // expect: 3, 4
q is CPoint3D(9) // expect: y3
// expect: x3
// expect: z
Trace(q.m_x, q.m_y, q.m_z) // expect: 5, 6, 9
Show(nB : Noted("b", 2), nA : Noted("a", 1)) // expect: b
// expect: a
// expect: 1, 2

CPoint is Class
	m_x is int
	m_y is int
END
CPoint3D is Class
	inherits from CPoint
	m_z is int
END

PROCEDURE CPoint::Constructor(nX is int, nY is int)
m_x = nX
m_y = nY

PROCEDURE CPoint3D::Constructor(nZ is int)
Constructor CPoint(nY : Noted("y3", 6), nX : Noted("x3", 5))
m_z = Noted("z", nZ)

PROCEDURE Show(nA is int, nB is int)
Trace(nA, nB)

PROCEDURE Noted(sWhat is string, n is int)
Trace(sWhat)
RESULT n
