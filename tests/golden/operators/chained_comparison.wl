// interval comparisons chain: a < x < b, a <= x <= b, a < x <= b
x is int = 5
Trace(1 < x < 10) // expect: 1
Trace(5 < x < 10) // expect: 0
Trace(5 <= x <= 5) // expect: 1
Trace(0 < x <= 5) // expect: 1
Trace(6 <= x < 10) // expect: 0
