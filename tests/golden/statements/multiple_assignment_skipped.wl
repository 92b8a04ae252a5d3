// A multiple assignment with an empty place, `(x, , z) = ...`, drops the value at that
// place (INFERRED: no stored page shows the form; docs/semantics.md "Skipped places in a
// multiple assignment"). It was a syntax error ("expected an expression").
nFirst, nLast are int
(nFirst, , nLast) = (1, 2, 3)
Trace(nFirst, nLast) // expect: 1, 3
(nFirst, , nLast) = Bounds()
Trace(nFirst, nLast) // expect: 10, 30
(, nLast) = Bounds()
Trace(nLast) // expect: 20
(nFirst, ) = (7, 8)
Trace(nFirst) // expect: 7
sCity is string
(, , sCity) = StringSplit("Ann;42;Paris", ";")
Trace(sCity) // expect: Paris
PROCEDURE Bounds()
RESULT (10, 20, 30)
