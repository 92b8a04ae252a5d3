// digits grouped by spaces (groups of 3) or underscores in number literals
num1 is real = 123 456.478
Trace(num1) // expect: 123456.478
num2 is real = 7_014.478
Trace(num2) // expect: 7014.478
Trace(1 000 000 + 1) // expect: 1000001
Trace(Max(1, 2)) // expect: 2
