// `new CFire` where CFire's constructor has a parameter without a default value stops the
// run where check says WL104, in the same words (decided: docs/semantics.md "new without
// the constructor's arguments"); with its argument, or a default, it runs.
o is CFire dynamic = new CFire("key")
Trace(o.m_sKey) // expect: key
o = new CFire // expect error: CFire::Constructor expects 1 parameter(s) but received 0.

CFire is Class
	m_sKey is string
END

PROCEDURE CFire::Constructor(sKey is string)
m_sKey = sKey
