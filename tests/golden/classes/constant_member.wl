// PUBLIC CONSTANT on a member line: read from anywhere, changed only by the class's methods
CProduct is Class
	PUBLIC CONSTANT m_reference is string
	m_label is string
END
CBook is Class
	inherits from CProduct
END
p is CProduct("P-01")
p.m_label = "Pen"
Trace(p.m_reference, p.m_label) // expect: P-01, Pen
p.Rename("P-02")
Trace(p.m_reference) // expect: P-02
b is CBook
Trace(b.m_reference) // expect: BOOK
PROCEDURE CProduct::Constructor(ref = "")
:m_reference = ref
PROCEDURE CProduct::Rename(ref)
m_reference = ref
PROCEDURE CBook::Constructor()
:m_reference = "BOOK"
