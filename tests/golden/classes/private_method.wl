// a PRIVATE method can be called from the class's methods only; PROTECTED ones from
// (access is checked when compiling: nothing runs, as in WINDEV)
// derived classes too
CBase is Class
	m_x is int
END
CChild is Class
	inherits from CBase
END
c is CChild
Trace(c.Run())
c.Secret() // expect error: 'Secret' is a private member of the class CBase
PROCEDURE PRIVATE CBase::Secret()
RESULT 40
PROCEDURE PROTECTED CBase::Helper()
RESULT Secret() + 1
PROCEDURE CChild::Run()
RESULT Helper() + 1
