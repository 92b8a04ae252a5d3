// `PROCEDURE C::X()` + `PROCEDURE C::X(v)` without <get>/<set> are two syntaxes of the
// method X (help ?1514063), not a property: `o.X()` and `o.X(5)` call them; a property
// is written with <get>/<set> (a .wdc file's property elements get them when loaded)
CCounter is Class
	m_n is int
END
o is CCounter
o.Add()
o.Add(5)
Trace(o.m_n) // expect: 6
Trace(o.Double()) // expect: 12
o.Double(2)
Trace(o.m_n) // expect: 4

PROCEDURE PUBLIC CCounter::Add()
m_n++
PROCEDURE PUBLIC CCounter::Add(n is int)
m_n += n
PROCEDURE PUBLIC CCounter::Double()
RESULT m_n * 2
PROCEDURE PUBLIC CCounter::Double(v)
m_n = v * 2
