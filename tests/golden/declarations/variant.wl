// a variant takes the type of what it holds
v is variant
v = 12
Trace(v + 1) // expect: 13
v = "ab"
Trace(v + 1) // expect: ab1
v = 2.5
Trace(v * 2) // expect: 5
