// `new CFire` / `allouer un CFire` where CFire's constructor has a parameter without a
// default value: WL104, as a call missing that argument (decided, L, 7 Dec 2026: the
// parentheses of `new` are optional, its constructor's mandatory parameters are not;
// docs/semantics.md "new without the constructor's arguments"). A constructor whose
// parameters all have defaults, or arguments written, are no error.
o is CFire dynamic
o = new CFire // error: WL104:5 CFire::Constructor expects 1 parameter(s) but received 0
o = new CFire("key")
p is CQuiet dynamic = new CQuiet
Trace(o.m_sKey + p.m_n)

CFire is Class
	m_sKey is string
END
CQuiet is Class
	m_n is int
END

PROCEDURE CFire::Constructor(sKey is string)
m_sKey = sKey

PROCEDURE CQuiet::Constructor(n is int = 4)
m_n = n
