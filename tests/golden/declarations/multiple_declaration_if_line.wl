// `(a, b) is int = P()` as a one-line IF's branch (THEN and ELSE) or after a CASE's `:`
// runs as on a line of its own (docs/semantics.md "Multiple declaration"); it was
// "unexpected 'is'". The names are the branch's, as any declaration in a block.
bFound is boolean = True
IF bFound THEN (nMin, nMax) is int = Bounds([4, 9, 2]) // expect: 2 to 9
IF NOT bFound THEN (sA, sB) is string = Pair() ELSE (sA, sB) is string = Pair() // expect: x and 12
IF bFound = False THEN (nA, nB) is int = Bounds([1]) // (not run)
SWITCH 2
    CASE 1: (r1, r2) is real = (1.5, 2)
    CASE 2: (n1, n2) IS INT = ("7", 2.9)
        Trace(n1 + n2) // expect: 9
END
Trace("end") // expect: end

PROCEDURE Bounds(t is array of int)
Trace(Min(t) + " to " + Max(t))
RESULT (Min(t), Max(t))

PROCEDURE Pair()
Trace("x and 12")
RESULT ("x", 12)
