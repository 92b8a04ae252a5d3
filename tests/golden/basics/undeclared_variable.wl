// an undeclared variable only gets a warning (on stderr) and works as an empty variant
x = 5
Trace(x) // expect: 5
Trace("[" + y + "]") // expect: []
