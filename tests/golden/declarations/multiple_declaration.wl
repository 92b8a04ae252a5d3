// `(a, b) is int = P()`: a multiple declaration (INFERRED, docs/semantics.md "Multiple
// declaration"): each name is declared of the type, then the procedure's several values
// are assigned as `(a, b) = P()` assigns them, each converted to the type.
(nMin, nMax) is int = Bounds([4, 9, 2])
Trace(nMin, nMax) // expect: 2, 9
(sA, sB) are strings = ("x", 12)
Trace(sA + sB) // expect: x12
(r1, r2) is real
r1 = 1.5
Trace(r1 + r2) // expect: 1.5
(n1, n2) IS INT = ("7", 2.9)
Trace(n1 + n2, TypeVar(n1)) // expect: 9, 8
Locals()

PROCEDURE Bounds(t is array of int)
RESULT (Min(t), Max(t))

PROCEDURE Locals()
(nQ, nR) is int = Divide(17, 5)
Trace(nQ, nR) // expect: 3, 2

PROCEDURE Divide(a is int, b is int)
RESULT (IntegerPart(a / b), modulo(a, b))
