// DecimalPart, Sqrt, StringToNum and more NumToString formats
Trace(DecimalPart(-3.75)) // expect: -0.75
Trace(Sqrt(16), Sqrt(2)) // expect: 4, 1.4142135623731
Trace(StringToNum("1 234,5")) // expect: 1234.5
Trace(NumToString(3.99, "d")) // expect: 3
Trace(NumToString(5, "+d")) // expect: +5
Trace("[" + NumToString(5, "-4d") + "]") // expect: [5   ]
Trace(NumToString(-1, "x")) // expect: ffffffff
Trace(NumToString(5, "b")) // expect: 101
Trace(NumToString(1234.5, "10,2f")) // expect:    1234,50
Trace(NumToString(-0.001, ".2f")) // expect: 0.00
Trace(Val("1010", "b"), Val("17", "o")) // expect: 10, 15
Trace(Round(1.005, 2), Round(-1234.5678, 2)) // expect: 1.01, -1234.57
Trace(Root(27, 3), Root(-8, 3), Root(1000000, 3), Ln(1), Tangent(45)) // expect: 3, -2, 100, 0, 1
