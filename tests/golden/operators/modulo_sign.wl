// % keeps the sign of the dividend; reals are truncated first
Trace(7 % 3) // expect: 1
Trace(-7 % 3) // expect: -1
Trace(7 % -3) // expect: 1
Trace(-7 % -3) // expect: -1
Trace(7.9 % 2) // expect: 1
Trace(6 % 3) // expect: 0
