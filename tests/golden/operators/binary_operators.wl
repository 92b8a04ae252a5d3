// binary (bitwise) operators: & AND, | OR, || XOR, ~ NOT, shifts as infix words
Trace(5 | 2, 6 & 3, 6 || 3) // expect: 7, 2, 5
Trace(~0, ~5) // expect: -1, -6
Trace(1 bitLeftShift 3, 16 bitRightShift 2) // expect: 8, 4
// a shift by the operand's size or more gives 0
Trace(1 bitLeftShift 32, 1 bitRightShift 40) // expect: 0, 0
flags is int = 0
flags = flags | 4
flags = flags | 1
IF flags & 4 = 4 THEN Trace("bit 2 set") // expect: bit 2 set
Trace(flags & ~4) // expect: 1
// an 8-byte operand gives an 8-byte result
big is 8-byte int = 4294967296
Trace(big | 1) // expect: 4294967297
