// A value assigned to a currency or a numeric goes through a real, 15 significant digits
// ("Currency (Variable type)" ?1514043 and "Numeric (Variable type)" ?1514072: a value
// "entered directly, given by a function, etc." is "automatically converted into real by
// the compiler"; 0m / 0n keep every digit). A currency kept a long literal's every digit
// and a real's 17, a numeric kept a 30-digit Val's.
mAmount is currency = 12345678901234567.25
Trace(mAmount) // expect: 12345678901234600
mAmount = 0m12345678901234567.25
Trace(mAmount) // expect: 12345678901234567.25
mAmount = 1234567890.123456789
Trace(mAmount) // expect: 1234567890.12346
rPrice is real = 1234567890.123456789
mAmount = rPrice
Trace(mAmount) // expect: 1234567890.12346
mAmount = Val("12345678901234567.25")
Trace(mAmount) // expect: 12345678901234600
// an amount of 15 digits or less is exact, as before
mAmount = 1234567.891234
Trace(mAmount) // expect: 1234567.891234
// a function's result: Val of a 30-digit text is a real there; the text itself is exact
nBig is numeric = Val("123456789012345678901234567890")
Trace(nBig) // expect: 123456789012346000000000000000
nBig = "123456789012345678901234567890"
Trace(nBig) // expect: 123456789012345678901234567890
// a procedure that gives a numeric gives it whole (numeric to numeric)
nBig = Exact()
Trace(nBig) // expect: 12345678901234567.25
// in an expression a long literal is a numeric: its sum is exact
mAmount = 12345678901234567.25 + 0
Trace(mAmount) // expect: 12345678901234567.25
// at the range's edge, the real is beyond it: the error says so and how to keep the digits
mEdge is currency = 604462909807314587.353087 // expect error: Numeric overflow: 604462909807314587.353087 is beyond the largest currency (604,462,909,807,314,587.353087) once made a real (604462909807315000): write 0m604462909807314587.353087 to keep every digit.

PROCEDURE Exact() : numeric
RESULT 0n12345678901234567.25
