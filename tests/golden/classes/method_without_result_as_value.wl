// a method with no RESULT used as a value, on a variable of its class: the run stops at
// that call with wl check's words (it gave 0 silently)
CCounter is Class
    m_n is int
END
c is CCounter
c.Bump()
Trace(c.m_n) // expect: 1
n is int = c.Bump() // expect error: 'CCounter::Bump' gives no result (it has no RESULT): its call cannot be used as a value.

PROCEDURE CCounter::Bump()
m_n++
