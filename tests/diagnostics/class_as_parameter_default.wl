// A class's name as a parameter's default value is no value (no help page gives it a
// meaning): WL101 names the parameter and says what to write; `= new CBase` and `= Null`
// are accepted (docs/check.md, WL101)
CBase is Class
	m_n is int
END
Show(new CBase)
ShowNew()
ShowNone()
PROCEDURE Show(c is CBase = CBase) // error: WL101:29 'CBase' is a class, not a value: it cannot be the default value of the parameter 'c'
Trace(c.m_n)
PROCEDURE ShowNew(c is CBase dynamic = new CBase)
Trace(c.m_n)
PROCEDURE ShowNone(c is CBase dynamic = Null)
Trace(c = Null)
