// a GLOBAL method named through its class without parentheses (`CCounter::Bump`) is
// called as `CCounter::Bump()` is (docs/semantics.md "Routines named without
// parentheses"); a GLOBAL method given the wrong number of arguments stops the run with
// the count's error (it was an internal error, a Python TypeError)
CCounter is Class
    GLOBAL
        s_n is int
END
CCounter::Bump()
CCounter::Bump
Trace(CCounter::Total + 1) // expect: 3
WHEN EXCEPTION IN
    Trace(CCounter.Twice()) // wl: ignore[WL104]
DO
    Trace(ExceptionInfo()) // expect: Twice expects 1 parameter(s) but received 0.
END
// one that needs arguments, named so, is a reference to it, as a procedure's name is
Trace(CCounter::Twice) // expect: CCounter::Twice
p is procedure = CCounter::Twice
Trace(p(4)) // expect: 8
PROCEDURE GLOBAL CCounter::Bump()
CCounter::s_n++
PROCEDURE GLOBAL CCounter::Total()
RESULT CCounter::s_n
PROCEDURE GLOBAL CCounter::Twice(x)
RESULT 2 * x
