// Initial values written on member lines (classes, structures, global members, inherited
// ones): each new object starts with them (they were silently left at 0/"" before);
// `m_open, m_busy are boolean = True` gives True to m_busy only, as for variables
// (docs/semantics.md, Declarations)
Level is Enumeration
	LError = 0
	LLog
END
CBase is Class
	m_timeout is int = 5000
END
CConnection is Class
	inherits CBase
	m_handle is int = -1
	m_name is string = "main"
	m_level is Level = Level.LLog
	m_open, m_busy are boolean = True
	GLOBAL
		s_max is int = 1 000 000
END
STPoint is Structure
	x is real = 1.5
	y is int
END
c is CConnection
Trace(c.m_timeout, c.m_handle, c.m_name, c.m_level = Level.LLog, c.m_open, c.m_busy) // expect: 5000, -1, main, 1, 0, 1
Trace(CConnection::s_max) // expect: 1000000
p is STPoint
Trace(p.x, p.y) // expect: 1.5, 0
c.m_handle = 3
d is CConnection
Trace(d.m_handle) // expect: -1
