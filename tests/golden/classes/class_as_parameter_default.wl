// a class's name as a parameter's default: the run stops where the default is used,
// with the check's WL101 words (docs/check.md, WL101); a call that gives the argument runs
CBase is Class
	m_n is int = 4
END
Show(new CBase) // expect: 4
Show()
PROCEDURE Show(c is CBase = CBase) // expect error: 'CBase' is a class, not a value: it cannot be the default value of the parameter 'c'
Trace(c.m_n)
