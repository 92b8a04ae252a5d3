// What a procedure returns is known from its RESULTs; a store checks what can still
// cross the 32-bit range (add1 of the largest int does).
t is int = 2147483646
t = Add1(t)
Trace(t) // expect: 2147483647
t = Add1(t)
Trace(t) // expect: -2147483648
Trace(Add1(2147483647)) // expect: 2147483648
u is int = Digit(-47)
Trace(u) // expect: -7
v is int = Twice(1500000000)
Trace(v) // expect: -1294967296
w is int = Declared(3000000000)
Trace(w) // expect: -1294967296
// a procedure whose RESULTs differ in type: nothing is assumed
Trace(Mixed(1) + 1, Mixed(0) + 1) // expect: 2, x1

PROCEDURE Add1(x is int)
RESULT x + 1

PROCEDURE Digit(x is int)
IF x < 0 THEN RESULT x % 10
RESULT x % 10

PROCEDURE Twice(x is int)
RESULT x * 2

PROCEDURE Declared(x): int
RESULT x

PROCEDURE Mixed(x is int)
IF x = 1 THEN RESULT 1
RESULT "x"
