// + - * / on integers and reals
Trace(2 + 3) // expect: 5
Trace(10 - 12) // expect: -2
Trace(6 * 7) // expect: 42
Trace(1.5 * 2) // expect: 3
Trace(2.5 + 0.25) // expect: 2.75
Trace(-(3 + 4)) // expect: -7
