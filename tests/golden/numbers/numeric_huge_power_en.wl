// A numeric or a currency raised to a huge power (found by fuzzing operators): a
// result past the largest real is the overflow error a real's power gives, one below
// the smallest is 0 (decided: docs/semantics.md "A numeric raised to a huge power").
// `nuRate ^ 3780000` ran for minutes, `^ 378000` stopped with Python's "Exceeds the
// limit (4300 digits) for integer string conversion" and no line.
nuRate is numeric = 1.25
Trace(nuRate ^ 3, nuRate ^ 30) // expect: 1.953125, 807.79356694631608874161005084957309919
WHEN EXCEPTION IN
	Trace(nuRate ^ 378000)
DO
	Trace(ExceptionInfo(), ExceptionInfo(errCode)) // expect: Numeric overflow in power., 1003
END
curHalf is currency = 0.5
Trace(curHalf ^ 2, curHalf ^ -2, curHalf ^ 2000) // expect: 0.25, 4, 0
nuNeg is numeric = -8
WHEN EXCEPTION IN
	Trace(nuNeg ^ 0.5)
DO
	Trace(ExceptionInfo()) // expect: Invalid numeric operation: a negative number raised to a fractional power has no real value.
END
nuZero is numeric = 0
WHEN EXCEPTION IN
	Trace(nuZero ^ -1)
DO
	Trace(ExceptionInfo()) // expect: Division by zero.
END
// a numeric grown past any display by products: the error, not Python's
nuBig is numeric = 1e40
FOR i = 1 TO 7
	nuBig = nuBig * nuBig
END
WHEN EXCEPTION IN
	Trace(NumToString(nuBig))
DO
	Trace(ExceptionInfo()) // expect: Numeric overflow: the integer is too large to display.
END
