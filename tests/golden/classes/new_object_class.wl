// `new object CClass` / `allocate an object CClass` (any case): the word object is
// optional after new, as in `o is object CClass dynamic` (?6010003's declaration); it was
// a syntax error (docs/semantics.md)
CPoint is Class
    m_nX is int
END
p is object CPoint dynamic
p = new object CPoint(4)
Trace(p.m_nX) // expect: 4
q is CPoint dynamic = allocate an Object CPoint
Trace(q.m_nX) // expect: 0
r is CPoint dynamic
r <- NEW OBJECT CPoint(7)
Trace(r.m_nX) // expect: 7
PROCEDURE CPoint::Constructor(n is int = 0)
:m_nX = n
