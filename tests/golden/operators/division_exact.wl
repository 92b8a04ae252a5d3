// "/" is exact: two ints can give a real
Trace(7 / 2) // expect: 3.5
Trace(10 / 4) // expect: 2.5
Trace(6 / 3) // expect: 2
Trace(1 / 3) // expect: 0.333333333333333
Trace(2 / 3) // expect: 0.666666666666667
n is int = 7 / 2
Trace(n) // expect: 3
