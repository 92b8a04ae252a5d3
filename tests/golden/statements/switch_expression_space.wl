// SWITCH (v, ...) as an expression, with a space before the parenthesis
x is int = 2
Trace(SWITCH (x, "a", "b", ELSE "z")) // expect: b
s is string = SWITCH (5, "a", "b", ELSE "none")
Trace(s) // expect: none
