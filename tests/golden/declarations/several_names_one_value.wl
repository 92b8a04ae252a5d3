// Several variables declared and initialized on one line: only the last one takes the
// value, the others start at their type's default. VERIFIED: the syntax sections of
// "Duration (Variable type)" ?1514069 and "Character (Variable type)" ?1000024442 say
// "When several variables of the same type are declared and initialized on the same
// line, only the last variable is initialized". Before, every one took the value.
nFirst, nSecond are int = 5
Trace(nFirst, nSecond)
// expect: 0, 5
sA, sB, sC are strings = "x"
Trace("[" + sA + "]", "[" + sB + "]", sC)
// expect: [], [], x
d1, d2 are Duration = 90 s
Trace(d1..InSeconds, d2..InSeconds)
// expect: 0, 90
Check()

PROCEDURE Check()
bOne, bTwo are booleans = True
Trace(bOne, bTwo)
// expect: 0, 1
