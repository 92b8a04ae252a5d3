// a CONSTANT GLOBAL member changed by a method and read from outside
CCounter is Class
	PUBLIC CONSTANT GLOBAL s_nCount is int
END
c is CCounter
c.Add()
c.Add()
Trace(CCounter::s_nCount) // expect: 2
PROCEDURE CCounter::Add()
CCounter::s_nCount += 1
