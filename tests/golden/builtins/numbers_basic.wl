// Abs, Round, IntegerPart, Modulo, Power
Trace(Abs(-5)) // expect: 5
Trace(Abs(2.5)) // expect: 2.5
Trace(Round(2.5)) // expect: 3
Trace(Round(-2.5)) // expect: -3
Trace(Round(3.14159, 2)) // expect: 3.14
Trace(Round(1234, -2)) // expect: 1200
Trace(IntegerPart(7.9)) // expect: 7
Trace(IntegerPart(-7.9)) // expect: -7
Trace(Modulo(17, 5)) // expect: 2
Trace(Modulo(-17, 5)) // expect: -2
Trace(Power(2, 8)) // expect: 256
