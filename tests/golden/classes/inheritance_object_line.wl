// inheritance written as a member line "an object Base"; the ancestor's constructor
// called explicitly as the first statement of the constructor
CBase is Class
	m_a is int
END
CDerived is Class
	an object CBase
	m_b is int
END
d is CDerived(5)
Trace(d.m_a, d.m_b) // expect: 10, 5
Trace(d.Describe()) // expect: a=10
PROCEDURE CBase::Constructor(a)
:m_a = a
PROCEDURE CBase::Describe()
RESULT "a=" + :m_a
PROCEDURE CDerived::Constructor(a)
Constructor CBase(a * 2)
:m_b = a
