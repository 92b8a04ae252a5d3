// A member, a structure's field or an element declared an integer given a text that is
// not a number or a decimal: WL206 as for a variable, named as written (docs/check.md)
STPoint is Structure
	nX is int
END
CCounter is Class
	m_nCount is int = "none" // warning: WL206:2 'm_nCount' is an integer: the text "none" is not a number and is stored as 0
	m_arrN is array of int
	m_sName is string
END
o is CCounter
o.m_nCount = "abc" // warning: WL206:1 'o.m_nCount' is an integer: the text "abc" is not a number and is stored as 0
o.m_nCount = "12"
o.m_sName = "abc"
pt is STPoint
pt.nX = "3 cm" // warning: WL206:1 'pt.nX' is an integer: the text "3 cm" is not a number and is stored as 3
pt.nX = 2.5 // warning: WL206:1 'pt.nX' is an integer: the decimal part of this value is lost
arrN is array of 2 int
arrN[1] = "x" // warning: WL206:1 'arrN[...]' is an integer: the text "x" is not a number and is stored as 0
aCount is associative array of int
aCount["k"] = 7 / 2 // warning: WL206:1 'aCount[...]' is an integer: the decimal part of this value is lost
v is Variant
v.n = "abc"
o.Reset()
Trace(o.m_nCount, o.m_sName, pt.nX, arrN[1], aCount["k"], v.n)
PROCEDURE CCounter::Reset()
m_nCount = "zero" // warning: WL206:1 'm_nCount' is an integer: the text "zero" is not a number and is stored as 0
:m_nCount = "one" // warning: WL206:1 ':m_nCount' is an integer: the text "one" is not a number and is stored as 0
