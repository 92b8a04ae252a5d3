// A procedure defined later is compiled before its caller needs its return type
// (compiler/specialize.py); mutual recursion and by-reference parameters still work.
Trace(Outer("4"), Outer(4)) // expect: n=4, n=4
Trace(IsEven(10), IsEven(7)) // expect: 1, 0
k is int = 1
Trace(Caller(k), k) // expect: 12, 11
Trace(Wordy(2) + 1, Wordy(0) + 1) // expect: 3, none1

PROCEDURE Outer(x)
RESULT Label() + x

PROCEDURE Caller(n is int)
Add10(n)
RESULT n + 1

PROCEDURE IsEven(n is int)
IF n = 0 THEN RESULT True
RESULT IsOdd(n - 1)

PROCEDURE IsOdd(n is int)
IF n = 0 THEN RESULT False
RESULT IsEven(n - 1)

PROCEDURE Label()
RESULT "n="

PROCEDURE Add10(n is int)
n += 10

PROCEDURE Wordy(n is int)
IF n = 0 THEN RESULT "none"
RESULT n
