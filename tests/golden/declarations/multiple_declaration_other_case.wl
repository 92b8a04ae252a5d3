// `(x, y) is string = P()` after OTHER CASE's `:` runs as after CASE 1's (docs/semantics.md
// "Multiple declaration"); it was "unexpected 'is'": OTHER is read as a name until its
// CASE follows, so the line did not count as a one-line branch.
SWITCH 3
    CASE 1: Trace(1)
    OTHER CASE: (x, y) is string = P()
        Trace(x + y) // expect: 78
END
SWITCH 1
    CASE 1: Trace("one") // expect: one
    OTHER CASE: (a, b) is int = P()
        Trace(a + b)
END

PROCEDURE P()
RESULT ("7", 8)
