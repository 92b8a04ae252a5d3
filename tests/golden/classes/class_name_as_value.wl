// A class's name where a value is wanted is its name, a text: an object's ..Class is
// compared with it written without quotes (VERIFIED, help ?2514004 "Class property":
// IF po..Class = Class1, SWITCH po..Class CASE Class1), in any case; ..Class is "" for
// no object. Before, the line stopped ("'CMyClass' is a class or structure, not a
// variable"): docs/semantics.md "A class name as a value"
CMyClass is Class
    m_n is int
END
CSub is Class
    inherits from CMyClass
END
o is CMyClass
o.m_n = 2
Trace(o.m_n, TypeVar(o) = wlInstance) // expect: 2, 1
Trace(CMyClass, o..Class) // expect: CMyClass, CMyClass
po is CMyClass dynamic
Trace(po..Class = "") // expect: 1
po = new CSub
Trace(po..Class, po..Class = CSub, po..Class = cmyclass) // expect: CSub, 1, 0
SWITCH po..Class
    CASE CMyClass: Trace("base")
    CASE csub: Trace("derived") // expect: derived
END
Show(CSub) // expect: CSub
sName is string = CMyClass
Trace(sName, Length(sName)) // expect: CMyClass, 8
Trace(o.m_n) // expect: 2
Take(CMyClass) // expect error: 'CMyClass' (the class's name) is a string and the parameter 'c' of Take is a CMyClass

PROCEDURE Show(v)
Trace(v)

PROCEDURE Take(c is CMyClass)
Trace(c.m_n)
