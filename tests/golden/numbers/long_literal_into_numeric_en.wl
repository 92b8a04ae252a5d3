// A literal assigned to a numeric or a currency goes through a real, which keeps 15
// significant digits; 0n / 0m keep every digit (VERIFIED: "Numeric (Variable type)"
// ?1514072, "num1 = 1234567890123456789123456789 // num1 does not contain the correct
// value", the same with 1234567890123456789.0, and 0n "contains the correct value").
// They kept every digit. A currency the same (?1514043; numbers/currency_literal_through_real_en.wl).
num1 is numeric
num1 = 1234567890123456789123456789
Trace(num1) // expect: 1234567890123460000000000000
num2 is numeric
num2 = 1234567890123456789.0
Trace(num2) // expect: 1234567890123460000
num1 = 0n1234567890123456789123456789
Trace(num1) // expect: 1234567890123456789123456789
num2 = 0n1234567890123456789.0
Trace(num2) // expect: 1234567890123456789
nStar is numeric (*) = -12345678901234567.25
Trace(nStar) // expect: -12345678901234600
mAmount is currency = 12345678901234567.25
Trace(mAmount) // expect: 12345678901234600
// the literal is the real the compiler makes of it, rounded as that real is: the double
// of 0.1000000000000025 is just above the tie, so the same as through a real variable
nTie is numeric (*) = 0.1000000000000025
Trace(nTie) // expect: 0.100000000000003
rTie is real = 0.1000000000000025
nThroughReal is numeric (*) = rTie
Trace(nThroughReal) // expect: 0.100000000000003
nTie = 1.000000000000025
Trace(nTie) // expect: 1.00000000000003
rTie = 1.000000000000025
nThroughReal = rTie
Trace(nThroughReal) // expect: 1.00000000000003
// in an expression a long literal is a numeric, every digit kept
Trace(12345678901234567.25 + 1) // expect: 12345678901234568.25
// given to a numeric parameter, the same; an 8-byte integer is exact, and so is a
// literal of 15 significant digits or less
Shown(1234567890123456789.5)
Shown(9223372036854775807)
Shown(123 456.478)

PROCEDURE Shown(n is numeric)
Trace(n)
// expect: 1234567890123460000
// expect: 9223372036854775807
// expect: 123456.478
