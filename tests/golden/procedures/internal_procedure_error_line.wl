// a run-time error inside an internal procedure is reported at its own line (it was
// reported at the internal procedure's header, "in p_inner")
Outer(3)

PROCEDURE Outer(n)
INTERNAL PROCEDURE Inner()
    t is array of int
    Trace("before")    // expect: before
    t[n] = 99    // expect error: Index 3 is out of range
END
Inner()
