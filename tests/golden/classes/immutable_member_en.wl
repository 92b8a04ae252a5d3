// A member declared `<immutable>` keeps the value its declaration gives; a constructor of
// its class may give the object's own one its value (docs/semantics.md "Attributes on
// members"). Assigning it anywhere else is refused before the program runs; before, the
// attribute was ignored and m_nRate became 3.
CRate is Class
	m_nRate is int <immutable>
	m_sLabel is string
END
o is CRate(20)
Trace(o.m_nRate, o.m_sLabel)
o.m_sLabel = "Tax"
o.m_nRate = 3 // expect error: cannot change the member 'm_nRate' of the class CRate: it is declared immutable, only its declaration and CRate's constructor give it a value

PROCEDURE CRate::Constructor(n is int)
m_nRate = n
m_sLabel = "VAT"
