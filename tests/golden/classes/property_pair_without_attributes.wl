// `PROCEDURE C::X()` + `PROCEDURE C::X(v)` without <get>/<set> (as the IDE saves a
// property in a .wdc file): the getter and the setter of the property X
CCounter is Class
	m_n is int
END
o is CCounter
o.Double = 5
Trace(o.Double) // expect: 10
Trace(o.m_n) // expect: 5

PROCEDURE PUBLIC CCounter::Double()
RESULT m_n * 2
PROCEDURE PUBLIC CCounter::Double(v)
m_n = v
