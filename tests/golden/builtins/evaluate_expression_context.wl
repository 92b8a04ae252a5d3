// EvaluateExpression / ExecuteCode see the caller's locals and parameters by name and
// the program's globals; what ExecuteCode assigns to a local comes back to it
gnRate is int = 3
Trace(EvaluateExpression("gnRate * 2"))   // expect: 6
ExecuteCode("gnRate = 10")
Trace(gnRate)   // expect: 10
Scale(4)
// expect: 42, 14.5
// expect: 14, abcdef
// expect: 15, ABCDEF
FOR i = 1 TO 3
	Trace(EvaluateExpression("i * i + Double(i)"))   // the same text: compiled once
END
// expect: 3
// expect: 8
// expect: 15
Trace(ExecuteCode("IF gnRate > 5 THEN RESULT ""big""" + CR + "RESULT ""small"""))   // expect: big
Trace(ExecuteCode("INTERNAL PROCEDURE Twice(n)" + CR + "RESULT 2 * n" + CR + "END" + CR + "RESULT Twice(gnRate)"))   // expect: 20
Try("1 +")   // expect: EvaluateExpression: line 1: unexpected end of line; expected an expression
Try("Trace(""x"")")
// expect: x
// expect: EvaluateExpression: the expression gives no value.
Try("1" + CR + "Trace(2)")   // expect: EvaluateExpression: an expression is one line (statements are run by ExecuteCode).
Try("10 / (gnRate - 10)")   // expect: Division by zero.
Try(" ")   // expect: EvaluateExpression: the expression is empty.
Try("nUnknown + 1")   // expect: EvaluateExpression: line 1: 'nUnknown' is not declared
Try("UnknownFunction(2)")   // expect: EvaluateExpression: line 1: unknown procedure or function 'UnknownFunction'
WHEN EXCEPTION IN
	ExecuteCode("x is int = 1" + CR + "gnRate = x + nMissing")
DO
	Trace(ExceptionInfo(errMessage))   // expect: ExecuteCode: line 2: 'nMissing' is not declared
END
Trace(gnRate)   // expect: 10
WHEN EXCEPTION IN
	ExecuteCode("n is int = 1" + CR + "n = n +")
DO
	Trace(ExceptionInfo(errMessage))   // expect: ExecuteCode: line 2: unexpected end of line; expected an expression
END

PROCEDURE Scale(n is int)
rValue is real = 2.5
Trace(EvaluateExpression("n * gnRate + Double(1)"), EvaluateExpression("rValue + n * 3"))
s is string = "abc"
ExecuteCode("n = n + gnRate" + CR + "s += ""def""")
Trace(n, s)
ExecuteCode("n++" + CR + "s = Upper(s)")
Trace(n, s)

PROCEDURE Double(v)
RESULT 2 * v

PROCEDURE Try(sExpression is string)
WHEN EXCEPTION IN
	Trace(EvaluateExpression(sExpression))
DO
	Trace(ExceptionInfo(errMessage))
END
