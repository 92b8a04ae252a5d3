// Attributes on a structure's or class's members: the documented ones are kept (serialize,
// mapping, name, copy, unique key...), an unknown one is WL222 at its column, and a member
// declared `<immutable>` is WL106 wherever it is assigned but in its class's constructor
// (docs/semantics.md "Attributes on members")
STOrder is Structure
	nRef is int <immutable> = 7
	sLabel is string <serialize=false, mapping="Label">
	nOdd is int <foo> // warning: WL222:14 unknown member attribute '<foo>': it is ignored
END
CCustomer is Class
	m_nId is int <immutable>
	m_arrTags is array of string <immutable>
	m_sName is string <name="name", copy=deep>
	m_sCode is string <unique key>
	m_nTwo is int <useful, bar> // warning: WL222:25 unknown member attribute 'bar' in '<useful, bar>': it is ignored
END
st is STOrder
st.sLabel = "box"
st.nRef = 8 // error: WL106:4 cannot change the member 'nRef' of the structure STOrder: it is declared immutable, its value is the one its declaration gives
c is CCustomer(1)
c.m_sName = "Ann"
c.m_nId = 2 // error: WL106:3 cannot change the member 'm_nId' of the class CCustomer: it is declared immutable, only its declaration and CCustomer's constructor give it a value
ArrayAdd(c.m_arrTags, "vip") // error: WL106:12 cannot change the member 'm_arrTags' of the class CCustomer: it is declared immutable, only its declaration and CCustomer's constructor give it a value
Trace(st.nRef, st.sLabel, st.nOdd, c.m_nId, c.m_sCode, c.m_nTwo)

PROCEDURE CCustomer::Constructor(n is int)
m_nId = n
ArrayAdd(m_arrTags, "new")

PROCEDURE CCustomer::Rename()
m_nId = 0 // error: WL106:1 cannot change the member 'm_nId' of the class CCustomer: it is declared immutable, only its declaration and CCustomer's constructor give it a value
