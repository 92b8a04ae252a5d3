// `Constructor m_x(args)` on a member that is no object of a class is a WLanguage error
// at that line (wl check: WL111); a member whose constructor needs arguments and that no
// `Constructor m_x(...)` builds fails at the creation (WL104 on the member's line)
CPart is a Class
    m_label is string
END
CWrong is a Class
    m_n is int
END
CForgot is a Class
    m_part is CPart // wl: ignore[WL104]
END
WHEN EXCEPTION IN
    w is CWrong() // wl: ignore[WL201]
DO
    Trace(ExceptionInfo()) // expect: 'Constructor m_n(...)' builds a member that is an object of a class: m_n is not one.
END
f is CForgot // expect error: CPart::Constructor expects 1 parameter(s) but received 0

PROCEDURE CPart::Constructor(label is string)
m_label = label

PROCEDURE CWrong::Constructor()
Constructor m_n(1) // wl: ignore[WL111]
