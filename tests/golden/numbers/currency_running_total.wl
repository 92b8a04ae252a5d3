// m += x / m -= x on a currency: the 6-decimal currency whatever x is
m is currency
n is numeric = 0.12345678
m += n
Trace(m) // expect: 0.123457
m -= 0.0000004
Trace(m) // expect: 0.123457
c is currency = 2.5
m += c
Trace(m) // expect: 2.623457
m -= c
Trace(m) // expect: 0.123457
m += 3
Trace(m) // expect: 3.123457
r is real = 0.1
m -= r
Trace(m) // expect: 3.023457
v is variant = 1.5
m += v
Trace(m, TypeVar(m) = TypeVar(c)) // expect: 4.523457, 1
big is currency = 0m999999999999.999999 // 18 digits: 0m keeps them (a real has 15)
big += 0.000001
Trace(big) // expect: 1000000000000
FOR i = 1 TO 3
	m += m
END
Trace(m) // expect: 36.187656
