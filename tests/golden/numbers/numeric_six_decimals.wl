// "Numeric (Variable type)" (?1514072): a plain numeric has 32 integer digits and 6
// decimals (VERIFIED); `numeric (*)` adapts to the value; `numeric (i, d)` keeps d decimals.
// Extra decimals are rounded half away from zero (decided).
n is numeric = 1 / 3
Trace(n) // expect: 0.333333
n = 0n2.0000005
Trace(n) // expect: 2.000001
n = -0n2.0000005
Trace(n) // expect: -2.000001
n = 2
n = n / 3
Trace(n) // expect: 0.666667
n += 0n0.0000004
Trace(n) // expect: 0.666667
n++
Trace(n) // expect: 1.666667
big is numeric = 0n12345678901234567890123456789012.5
Trace(big) // expect: 12345678901234567890123456789012.5
big = 0n1234567890123456789012345678901.5 * 10
Trace(big) // expect: 12345678901234567890123456789015
auto is numeric (*) = 0n1.123456789
Trace(auto) // expect: 1.123456789
auto = 1
auto = auto / 3
Trace(auto) // expect: 0.33333333333333333333333333333333333333
p is numeric (5,7) = 0n1.12345678
Trace(p) // expect: 1.1234568
q is numeric (2,15) = 0n10.000000000000033
Trace(q + 0n10.000000000000055) // expect: 20.000000000000088
ST is Structure
    m is numeric
END
s is ST
s.m = 0n0.1234567
Trace(s.m) // expect: 0.123457
t is array of 2 numeric
t[1] = 0n9.9999999
Trace(t[1]) // expect: 10
h is numeric = Half(0n0.000001)
Trace(h) // expect: 0.000001
// x / 2 is computed in x's type, a plain numeric: 6 decimals there too (INFERRED)
Trace(Half(0n0.000001)) // expect: 0.000001

PROCEDURE Half(x is numeric)
RESULT x / 2
