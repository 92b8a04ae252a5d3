// PRIVATE and PROTECTED methods used where they are allowed
CBase is Class
	m_x is int
END
CChild is Class
	inherits from CBase
END
c is CChild
Trace(c.Run()) // expect: 42
PROCEDURE PRIVATE CBase::Secret()
RESULT 40
PROCEDURE PROTECTED CBase::Helper()
RESULT Secret() + 1
PROCEDURE CChild::Run()
RESULT Helper() + 1
