// storing a real into an int truncates toward zero, it does not round
n is int
n = 3.9
Trace(n) // expect: 3
n = -3.9
Trace(n) // expect: -3
n = 7 / 2
Trace(n) // expect: 3
n = 0.99
Trace(n) // expect: 0
