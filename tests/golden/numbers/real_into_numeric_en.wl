// A real stored into a numeric keeps the real's 15 significant digits, as NumToString
// of a real shows them (decided 6 Dec, INFERRED: the "Numeric (Variable type)" page
// ?1514072 does not say; the real's 17 digits made n7 * 3 print 1.9999999999999998).
n7 is numeric(*) = 2 / 3
Trace(n7) // expect: 0.666666666666667
Trace(n7 * 3) // expect: 2.000000000000001
r is real = 1 / 7
nSeventh is Numeric (*) = r
Trace(nSeventh) // expect: 0.142857142857143
nSum is numeric(*) = 0.1 + 0.2
Trace(nSum) // expect: 0.3
nPlain is numeric = 2 / 3
Trace(nPlain) // expect: 0.666667
nTwo is numeric(10,2) = 2 / 3
Trace(nTwo) // expect: 0.67
nBig is numeric(*) = 1e20
Trace(nBig) // expect: 100000000000000000000
nTiny IS NUMERIC(*) = 1.5e-10
Trace(nTiny) // expect: 0.00000000015
// a whole real keeps all its digits (it was cut to 15: 12345678901234600); the real
// itself holds 12345678901234568, the nearest double
rWhole is real = 12345678901234567
nWhole is numeric(*) = rWhole
Trace(nWhole) // expect: 12345678901234568
rHalf is real = 1234567890.123456789
nHalf is numeric(*) = rHalf
Trace(nHalf) // expect: 1234567890.12346
