// a GLOBAL member named through an object of its class (`c.s_n`, or of a derived class)
// is the class's one value, as `CCounter::s_n` is: read and written (wl check accepted it
// and the run said "'s_n' is not a member of the class CCounter")
CCounter is Class
	GLOBAL
		s_n is int
	PUBLIC
		m_x is int
END
CChild is Class
	inherits from CCounter
END
c is CCounter
CCounter::s_n = 5
Trace(c.s_n) // expect: 5
c.s_n = 6
Trace(CCounter::s_n) // expect: 6
k is CChild
k.s_n++
Trace(c.s_n, k.s_n, CChild::s_n) // expect: 7, 7, 7
