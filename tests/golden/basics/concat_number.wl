// "+" concatenates when either side is a string
x is int = 5
Trace("Total: " + x) // expect: Total: 5
Trace(1 + "1") // expect: 11
Trace(7 / 2) // expect: 3.5
Trace(2 ^ 10) // expect: 1024
