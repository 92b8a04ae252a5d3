// numeric is exact decimal arithmetic, also negative, at 6 decimals and at 38 digits
n IS A NUMERIC = 0.1
n = n + 0.1 + 0.1
Trace(n, n = 0.3) // expect: 0.3, 1
neg is numeric = -0.1
Trace(neg * 3, neg * 3 = -0.3) // expect: -0.3, 1
third is numeric = 1
third = third / 3
Trace(third) // expect: 0.333333
wide is numeric = 0n12345678901234567890.123456
Trace(wide) // expect: 12345678901234567890.123456
wide = wide * 10
Trace(wide) // expect: 123456789012345678901.23456
none is numeric = Null
Trace(none) // expect: 0
Trace(none / 0) // expect error: Division by zero.
