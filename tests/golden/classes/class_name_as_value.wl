// A class's name where a value is wanted (passed to a procedure, to TypeVar, assigned)
// stops with a WLanguage error at the name when the line runs; it ran as an empty
// variant, so that P received "" and TypeVar answered wlString (decided: no page gives a
// class a value; docs/semantics.md "A class name as a value")
CMyClass is Class
    m_n is int
END
o is CMyClass
o.m_n = 2
Trace(o.m_n, TypeVar(o) = wlInstance) // expect: 2, 1
Show(o) // expect: 2
Show(CMyClass) // expect error: 'CMyClass' is a class or structure, not a variable

PROCEDURE Show(v)
Trace(v.m_n)
