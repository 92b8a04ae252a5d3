// A character, a range or a property of an immutable variable is a computed value: a
// procedure that assigns the parameter it receives changes only its own copy, and the
// variable keeps its value. Before, each call was refused (WL106) before the run.
sCode is string <immutable> = "abc"
dStart is Date <immutable> = "20260101"
Bump(sCode[[1]]) // expect: bumped, 9
Bump(dStart..Day) // expect: bumped, 9
Bump(sCode[[2 TO 3]]) // expect: bumped, 9
Trace(sCode, dStart) // expect: abc, 20260101

PROCEDURE Bump(v)
v = 9
Trace("bumped", v)
