// a constructor given too many or too few arguments: a WLanguage error at the creation
// (wl check: WL104), never an internal error; a class named D (also the French article d')
D is a Class
    m_n is int
END
CEmpty is a Class
END
o is D(4)
Trace(o.m_n) // expect: 4
x is a D(5)
Trace(x.m_n) // expect: 5
WHEN EXCEPTION IN
    p is dynamic D = new D(1, 2) // wl: ignore[WL104]
DO
    Trace(ExceptionInfo()) // expect: D::Constructor expects 1 parameter(s) but received 2.
END
WHEN EXCEPTION IN
    q is CEmpty(1) // wl: ignore[WL104]
DO
    Trace(ExceptionInfo()) // expect: The class CEmpty has no constructor to receive arguments.
END
r is D // expect error: D::Constructor expects 1 parameter(s) but received 0

PROCEDURE D::Constructor(n)
m_n = n
