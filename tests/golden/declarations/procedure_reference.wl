// x is PROCEDURE = P holds a reference to P (not a call); a procedure passed as a value
x is PROCEDURE = Double
Trace(x(4)) // expect: 8
x = Triple
Trace(x(4)) // expect: 12
Trace(Apply(Double, 5)) // expect: 10
PROCEDURE Double(n)
RESULT n * 2
PROCEDURE Triple(n)
RESULT n * 3
PROCEDURE Apply(f, v)
RESULT f(v)
