// ^ is power
Trace(2 ^ 10) // expect: 1024
Trace(3 ^ 2) // expect: 9
Trace(2 ^ -1) // expect: 0.5
Trace(9 ^ 0.5) // expect: 3
Trace(2 * 3 ^ 2) // expect: 18
