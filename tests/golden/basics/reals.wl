// real literals print without trailing zeros and without exponent
Trace(3.25) // expect: 3.25
Trace(2.50) // expect: 2.5
Trace(1024.0) // expect: 1024
Trace(0.1 + 0.2) // expect: 0.3
Trace(-0.5) // expect: -0.5
Trace(1_500.75) // expect: 1500.75
