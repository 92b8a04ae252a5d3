// constructor arguments on a member line go to the member's class constructor: too many
// or too few is the error a local `d is D(...)` gives (wl check: WL104 at the member's
// line); a structure has no constructor, so `m_s is S(1)` is refused the same way
D is a Class
    m_n is int
END
S is a Structure
    x is int
END
CWrong is a Class
    m_d is D(1, 2) // wl: ignore[WL104]
END
CStruct is a Class
    m_s is S(1) // wl: ignore[WL104]
END
CMissing is a Class
    m_d is D // wl: ignore[WL104]
END
WHEN EXCEPTION IN
    o is CWrong
DO
    Trace(ExceptionInfo()) // expect: D::Constructor expects 1 parameter(s) but received 2.
END
WHEN EXCEPTION IN
    s is CStruct
DO
    Trace(ExceptionInfo()) // expect: The class S has no constructor to receive arguments.
END
m is CMissing // expect error: D::Constructor expects 1 parameter(s) but received 0

PROCEDURE D::Constructor(n is int)
m_n = n
