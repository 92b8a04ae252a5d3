// An object or structure stored into a member declared a number or a string: WL110 at
// the member, as into such a variable (the run stops there: "A value of type structure
// cannot be converted to a string."; wl check said nothing)
CPlain is Class
	m_nCount is int
	m_sLabel is string
	m_oNext is CPlain dynamic
END
o is CPlain
o.m_nCount = 5
o.m_oNext = o
o.m_sLabel = o // error: WL110:1 'o' is a CPlain: an object cannot be stored in 'o.m_sLabel', a string
o.m_nCount = o // error: WL110:1 'o' is a CPlain: an object cannot be stored in 'o.m_nCount', a number
o.Fill()
PROCEDURE CPlain::Fill()
:m_sLabel = object // error: WL110:1 'object' is a CPlain: an object cannot be stored in 'm_sLabel', a string
