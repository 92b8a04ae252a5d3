n is int = 3
// both operands of % are bound whichever branch runs (a negative left operand)
Trace((0 - n) % (0 - n)) // expect: 0
Trace((0 - n) % 2) // expect: -1
