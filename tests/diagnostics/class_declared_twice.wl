// a class declared twice: WL105 calls it a class (it said "the structure"), a structure
// declared twice keeps "the structure"
CCustomer is Class
	m_sName is string
END
CCUSTOMER is a Class // error: WL105:1 the class 'CCUSTOMER' is declared twice (first declared at line 3)
	m_nAge is int
END
STPair is Structure
	a is int
END
STPair is a Structure // error: WL105:1 the structure 'STPair' is declared twice (first declared at line 9)
	b is int
END
c is CCustomer
c.m_sName = "x"
Trace(c.m_sName)
p is STPair
p.a = 1
Trace(p.a)
