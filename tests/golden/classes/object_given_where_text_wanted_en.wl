// An object given where a text or a number is wanted: the run stops there and names the
// object's class, as wl check's WL110 does (it said "A value of type structure ...",
// which an object is not)
CCustomer is Class
	m_sName is string
END
oCust is CCustomer
oCust.m_sName = "Dupont"
Trace(oCust.m_sName) // expect: Dupont
sText is string = oCust // expect error: A value of type CCustomer (an object) cannot be converted to a string.
Trace(sText)
