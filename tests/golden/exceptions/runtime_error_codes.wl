// ExceptionInfo(errCode) after an error wlinterp raises itself: a stable number above
// ExceptionThrow's 1-1000 (the developer's, ?3034005), one per kind of error (INFERRED:
// docs/semantics.md, "Error codes of wlinterp's exceptions"); it was 0
x is int = 0
WHEN EXCEPTION IN
    Trace(10 / x)
DO
    Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage)) // expect: 1002, Division by zero.
END
WHEN EXCEPTION IN
    Trace(10 % x)
DO
    Trace(ExceptionInfo(errCode)) // expect: 1002
END
a is array of 3 int
WHEN EXCEPTION IN
    Trace(a[5])
DO
    Trace(ExceptionInfo(errCode)) // expect: 1004
END
d is Date = "20240101"
WHEN EXCEPTION IN
    Trace(d..Week) // wl: ignore[WL109]
DO
    Trace(ExceptionInfo(errCode)) // expect: 1001
END
WHEN EXCEPTION IN
    ExceptionThrow(7, "mine")
DO
    Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage)) // expect: 7, mine
END
Check()
PROCEDURE Check()
    t is array of 2 strings
    t[3] = "x"
CASE EXCEPTION:
    SWITCH ExceptionInfo(errCode)
        CASE 1004: Trace("out of range") // expect: out of range
        OTHER CASE: Trace("other")
    END
