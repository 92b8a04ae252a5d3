// precedence: unary minus, ^, then * / %, then + -, then comparisons, then AND/OR
Trace(2 + 3 * 4) // expect: 14
Trace((2 + 3) * 4) // expect: 20
Trace(2 * 3 ^ 2) // expect: 18
Trace(10 - 4 - 3) // expect: 3
Trace(100 / 10 / 2) // expect: 5
Trace(1 + 7 % 4) // expect: 4
Trace(1 + 2 = 3) // expect: 1
Trace(1 < 2 AND 3 < 4) // expect: 1
Trace(-2 ^ 2) // expect: 4
