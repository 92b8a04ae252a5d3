// "x is T" declarations, with and without an initial value
x is int
s is string
r is real = 2.5
b is boolean
Trace(x) // expect: 0
Trace("[" + s + "]") // expect: []
Trace(r) // expect: 2.5
Trace(b) // expect: 0
x = 7
Trace(x) // expect: 7
