// A real stored into a numeric keeps the real's 15 significant digits, as NumToString
// of a real shows them (VERIFIED: "Reals" ?1514048, all reals have 15 significant
// digits; "Numeric" ?1514072, a value assigned to a numeric is converted into a real;
// the real's 17 digits made n7 * 3 print 1.9999999999999998).
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
// a whole real too: the real shows 12345678901234600, so does the numeric (it showed
// 12345678901234568, the double's digits a WINDEV real does not have); an 8-byte
// integer is exact, and so is a 0n literal
rWhole is real = 12345678901234567
Trace(rWhole) // expect: 12345678901234600
nWhole is numeric(*) = rWhole
Trace(nWhole) // expect: 12345678901234600
iWhole is 8-byte int = 12345678901234567
nWhole = iWhole
Trace(nWhole) // expect: 12345678901234567
nWhole = 0n12345678901234567.25
Trace(nWhole) // expect: 12345678901234567.25
rHalf is real = 1234567890.123456789
nHalf is numeric(*) = rHalf
Trace(nHalf) // expect: 1234567890.12346
