// Serialisation and mapping attributes on members are accepted and ignored (no Serialize
// function in wlinterp): the members work and no line after them is lost
CCustomer is Class
	m_id is int <serialize=false>
	m_name is string <mapping="CustomerName">
	m_mail is string <MAPPING=Email, serialize="mail">
	m_code is int <unique key, Serialize="code"> // a comment after the attribute
	m_note is string
END
STOrder is Structure
	nRef is int <serialize="ref">
	sLabel is string <mapping=Label>
END
c is CCustomer
c.m_id = 7
c.m_name = "Ann"
c.m_note = "kept"
Trace(c.m_id, c.m_name, c.m_note) // expect: 7, Ann, kept
o is STOrder
o.nRef = 3
o.sLabel = "box"
Trace(o.nRef, o.sLabel) // expect: 3, box
gTotal is int <serialize=false> = 12
Trace(gTotal) // expect: 12
