// numeric and currency are exact decimals; '=' on reals is accurate to 10^-6
n is numeric = 0.1
m is numeric = n + 0.1 + 0.1
Trace(m) // expect: 0.3
Trace(m = 0.3) // expect: 1
c is currency = 0.1
Trace(c * 3 = 0.3) // expect: 1
r is real = 0.1
Trace(r + 0.2 = 0.3) // expect: 1
Trace(1.0000001 = 1, 1.001 = 1, 1.0000001 <> 1) // expect: 1, 0, 0
