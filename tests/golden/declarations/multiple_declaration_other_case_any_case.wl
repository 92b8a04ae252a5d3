// `Other Case:` and `other case:` in any case take a multiple declaration after their
// `:` as `OTHER CASE:` does (docs/semantics.md "Multiple declaration"); the lexer knew
// only the lower-cased words "other" and "autre" there, not the keyword phrases' list.
SWITCH 3
    CASE 1: Trace(1)
    Other Case: (x, y) is string = P()
        Trace(x + y) // expect: 78
END
SWITCH 4
    case 1: Trace(1)
    other case: (a, b) is int = P()
        Trace(a + b) // expect: 15
END

PROCEDURE P()
RESULT ("7", 8)
