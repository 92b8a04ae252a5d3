// one construction path: with or without arguments, ancestors' constructors run first
CBase is Class
    m_log is string
END
CDer is Class
    inherits CBase
    m_n is int
END
x is CDer
Trace(x.m_log, x.m_n) // expect: base, 0
y is CDer(5)
Trace(y.m_log, y.m_n) // expect: base, 5
z is CDer dynamic = new CDer(6)
Trace(z.m_log, z.m_n) // expect: base, 6
PROCEDURE CBase::Constructor()
m_log = "base"
PROCEDURE CDer::Constructor(n = 0)
m_n = n
