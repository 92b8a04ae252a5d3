// `MySelf` in a method is the current object, as `This` and `object` are (decided,
// INFERRED: MySelf names the element whose code runs; in a method that is the object:
// docs/semantics.md). A method that declares its own `MySelf` keeps it.
c is CCounter
c.Add(3)
c.Add(4)
Trace(c.Total()) // expect: 7
Trace(c.Same(c)) // expect: 1
Trace(c.Shadow()) // expect: mine

CCounter is Class
	m_n is int
END
PROCEDURE CCounter::Add(k is int)
MySelf.m_n += k
PROCEDURE CCounter::Total()
RESULT MySelf.m_n
PROCEDURE CCounter::Same(other is CCounter)
o is CCounter dynamic <- MySelf
RESULT o = other
PROCEDURE CCounter::Shadow()
MySelf is string = "mine"
RESULT MySelf
