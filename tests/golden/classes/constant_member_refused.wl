// a write to a CONSTANT member from outside its class is refused before anything runs
CProduct is Class
	PUBLIC CONSTANT m_reference is string
END
Trace("not reached")
p is CProduct
p.m_reference = "P-03" // expect error: 'm_reference' is a CONSTANT member of the class CProduct
