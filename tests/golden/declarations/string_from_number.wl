// assignments convert between strings and numbers
s is string = 12
Trace(s + 1) // expect: 121
n is int = "34"
Trace(n + 1) // expect: 35
r is real = "2.5"
Trace(r * 2) // expect: 5
