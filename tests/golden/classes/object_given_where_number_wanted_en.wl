// An object stored into a number: the run stops there and names the object's class
// (it said "A value of type structure cannot be used as a number.")
CCustomer is Class
	m_nAge is int
END
oCust is CCustomer
nTotal is int = oCust // expect error: A value of type CCustomer (an object) cannot be used as a number.
Trace(nTotal)
