// a procedure reaches main-code variables used only in constructor arguments, in
// `new C(n)` and in SEPARATED BY (fields every walker must see)
CBox is Class
    m_n is int
END
n is int = 7
sep is string = ";"
Show()
PROCEDURE Show()
b is CBox(n)
Trace(b.m_n) // expect: 7
o is CBox dynamic = new CBox(n + 1)
Trace(o.m_n) // expect: 8
FOR EACH STRING s OF "a;b" SEPARATED BY sep
    Trace(s)
END
// expect: a
// expect: b
PROCEDURE CBox::Constructor(x)
m_n = x
