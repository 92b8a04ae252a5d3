// Maths family: trigonometry in degrees, logarithms, rounding, bits, hexadecimal
Trace(Sin(30), Cos(60), Tan(45), Cos(90)) // expect: 0.5, 0.5, 1, 0
Trace(ArcSin(0.5), ArcCos(0), ArcTan(1), ArcTan2(1, -1)) // expect: 30, 90, 45, 135
Trace(Exp(0), LogE(1), Log(1000), Log(0.01)) // expect: 1, 0, 3, -2
Trace(RoundUp(2.1), RoundUp(-2.1), RoundDown(-2.1), RoundDown(2.9)) // expect: 3, -2, -3, 2
Trace(Truncate(-2.7), Truncate(3.14159, 2), RoundUp(1.231, 2)) // expect: -2, 3.14, 1.24
Trace(BinaryAND(12, 10), BinaryOR(12, 10), BinaryXOR(12, 10), BinaryNOT(0)) // expect: 8, 14, 6, -1
Trace(Sign(-5), Sign(0), Factorial(5), IsEven(4), IsOdd(4)) // expect: -1, 0, 120, 1, 0
Trace(IntegerToHexa(255), IntegerToHexa(255, 4), IntegerToHexa(-1), HexaToInteger("1f")) // expect: FF, 00FF, FFFFFFFF, 31
Trace(IsNumeric("12.5"), IsNumeric("abc"), IsNumeric(3)) // expect: 1, 0, 1
InitRandom(42)
a is int = Random(1, 6)
InitRandom(42)
Trace(a = Random(1, 6)) // expect: 1
Trace(LogE(0)) // expect error: LogE: 0 is outside the function's domain
