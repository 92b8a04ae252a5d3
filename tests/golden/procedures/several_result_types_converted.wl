// `PROCEDURE P() : (int, string)`: each value RESULT gives is converted to its listed
// type, as a variable of that type stores it (docs/semantics.md "Several values"); the
// list was read and dropped, so "12" stayed a string and 34 an integer.
a, b, r, ok, n1, n2 are variants
(a, b) = Codes()
Trace(a + 1, b + 1) // expect: 13, 341
Trace(TypeVar(a) = wlInt, TypeVar(b) = wlString) // expect: 1, 1
(r, ok) = Again()
Trace(r * 2, ok) // expect: 24, 1
(n1, n2) = Rounded(2)
Trace(n1, n2) // expect: 2, 3
(n1, n2) = Rounded(5)
Trace(n1, n2) // expect: 5, 5

PROCEDURE Codes() : (int, string)
RESULT ("12", 34)

// another procedure's values, converted the same way
PROCEDURE Again() : (real, boolean)
RESULT Codes()

PROCEDURE Rounded(x is int) : (int, int)
IF x = 2 THEN RESULT (2.7, "3")
RESULT (x, x)
