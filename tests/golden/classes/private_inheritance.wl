// a private inheritance (?6010007): the class's own methods use what it inherits (a
// member, a method), as with a public one; code outside its methods cannot (WL112,
// tests/diagnostics/private_inheritance.wl). The access word before the line or after
// the class was dropped silently, with any other word after the class.
CCounter is Class
	m_n is int
END
CTally is Class
	PRIVATE inherits from CCounter
	m_sLabel is string
END
t is CTally
t.Add(3)
Trace(t.Total()) // expect: tally 4
Trace(t is CCounter) // expect: 1
PROCEDURE CCounter::Bump()
m_n++
PROCEDURE CTally::Add(n is int)
m_n += n
Bump()
PROCEDURE CTally::Total()
RESULT "tally " + m_n
