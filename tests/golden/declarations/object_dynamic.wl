// `o is object dynamic`: an object of any class, Null until `new`; assigning one to it
// stores a reference (no copy)
CProduct is Class
	m_id is int
END
CInvoice is Class
	m_total is int
END
o is object dynamic
IF o = Null THEN Trace("null at first") // expect: null at first
o = new CProduct
o.m_id = 7
other is object dynamic = o
other.m_id = 8
Trace(o.m_id) // expect: 8
o = new CInvoice // any class
o.m_total = 100
Trace(o.m_total, other.m_id) // expect: 100, 8
delete o
Trace(o = Null) // expect: 1
