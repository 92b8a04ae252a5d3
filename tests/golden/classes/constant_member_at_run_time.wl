// where only the object tells which class it is, the write is checked when it runs
CProduct is Class
	PUBLIC CONSTANT m_code is string
END
CNote is Class
	m_code is string
END
n is CNote
SetCode(n, "N1")
Trace(n.m_code) // expect: N1
p is CProduct
SetCode(p, "P1")
PROCEDURE SetCode(o, code)
o.m_code = code // expect error: 'm_code' is a CONSTANT member of the class CProduct
