// a bare GLOBAL line after a PRIVATE section declares public global members (decided,
// docs/semantics.md "Classes": each section line sets the access, public when it names
// none, and the globalness); the PRIVATE section's members stay private when run
CCounter is Class
PRIVATE
	m_nSecret is int
GLOBAL
	s_nShared is int = 3
END
Trace(CCounter::s_nShared) // expect: 3
o is CCounter
o.s_nShared = 4
Trace(CCounter::s_nShared, o.Secret()) // expect: 4, 0
PROCEDURE CCounter::Secret()
RESULT m_nSecret
