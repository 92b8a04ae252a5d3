// integer arithmetic does not overflow inside an expression, only when stored in an int
a is int = 100000
Trace(a * a) // expect: 10000000000
b is int = a * a
Trace(b) // expect: 1410065408
