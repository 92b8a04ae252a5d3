// ternary "cond ? a ELSE b"
n is int = 5
Trace(n > 3 ? "big" ELSE "small") // expect: big
Trace(n > 9 ? "big" ELSE "small") // expect: small
s is string = n % 2 = 0 ? "even" ELSE "odd"
Trace(s) // expect: odd
