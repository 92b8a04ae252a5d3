// "=" between reals is accurate to 10^-6 (help page "Real", ?1514048): two close reals
// are both "=" and ">"; a difference of 10^-5 is seen; the same near zero and below it
a is real = 1.0000001
Trace(a = 1, a > 1, a >= 1, a <> 1, a < 1) // expect: 1, 1, 1, 0, 0
b is real = 1.00001
Trace(b = 1, b <> 1, b > 1) // expect: 0, 1, 1
tiny IS A REAL = -0.0000004
Trace(tiny = 0, tiny < 0) // expect: 1, 1
sum is real = 0.1
sum = sum + 0.2
Trace(sum = 0.3, sum) // expect: 1, 0.3
