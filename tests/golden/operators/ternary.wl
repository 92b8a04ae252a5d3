// the ternary operator: cond ? a ELSE b
c is int = 3
Trace(c > 2 ? "big" ELSE "small") // expect: big
s is string = c = 3 ? "three" ELSE "other"
Trace(s) // expect: three
