// "a, b are T" declares several variables of one type
a, b are strings
i, j are int
a = "x"; b = "y"
i = 2; j = 3
Trace(a + b, i * j) // expect: xy, 6
