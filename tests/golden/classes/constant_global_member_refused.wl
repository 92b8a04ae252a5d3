// a CONSTANT GLOBAL member: C::member is changed by the class's methods only
CCounter is Class
	PUBLIC CONSTANT GLOBAL s_nCount is int
END
c is CCounter
c.Add()
Trace(CCounter::s_nCount)
CCounter::s_nCount = 10 // expect error: 's_nCount' is a CONSTANT member of the class CCounter
PROCEDURE CCounter::Add()
CCounter::s_nCount += 1
