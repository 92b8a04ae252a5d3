// A recursive-descent calculator (expression, term, factor) reading "2*(3+4)", its
// errors thrown by ExceptionThrow and read by ExceptionInfo (French twin:
// calculatrice_descente_recursive_fr.wl).
gsExpr is string
gnPos is int

Trace(Compute("2*(3+4)"))
Trace(Compute(" 10 / 4 - 1"))
Trace(Compute("-(2+3)*2"))
Trace(Compute("1/0"))
Trace(Compute("2*(3+4"))
Trace(Compute("2 x 3"))
FOR EACH sE OF ["1+2+3", "2*3*4", "(1)"]
	Trace(sE + " = " + Compute(sE))
END
// expect: 14
// expect: 1.5
// expect: -10
// expect: error 3: Division by zero
// expect: error 2: Closing parenthesis expected
// expect: error: unexpected character 'x'
// expect: 1+2+3 = 6
// expect: 2*3*4 = 24
// expect: (1) = 1

PROCEDURE CurrentChar()
IF gnPos > Length(gsExpr) THEN RESULT ""
RESULT gsExpr[[gnPos]]

PROCEDURE SkipBlanks()
WHILE CurrentChar() = " "
	gnPos++
END

PROCEDURE ReadNumber() : real
sNumber is string
SkipBlanks()
WHILE CurrentChar() IN ("0","1","2","3","4","5","6","7","8","9",".")
	sNumber += CurrentChar()
	gnPos++
END
IF sNumber = "" THEN
	ExceptionThrow(1, StringBuild("Number expected at position %1", gnPos))
END
RESULT Val(sNumber)

PROCEDURE Factor() : real
SkipBlanks()
IF CurrentChar() = "(" THEN
	gnPos++
	rValue is real = Expression()
	SkipBlanks()
	IF CurrentChar() <> ")" THEN ExceptionThrow(2, "Closing parenthesis expected")
	gnPos++
	RESULT rValue
ELSE IF CurrentChar() = "-" THEN
	gnPos++
	RESULT -Factor()
END
RESULT ReadNumber()

PROCEDURE Term() : real
rRes is real = Factor()
LOOP
	SkipBlanks()
	SWITCH CurrentChar()
		CASE "*" : gnPos++ ; rRes = rRes * Factor()
		CASE "/"
			gnPos++
			rDiv is real = Factor()
			IF rDiv = 0 THEN ExceptionThrow(3, "Division by zero")
			rRes = rRes / rDiv
		OTHER CASE : BREAK
	END
END
RESULT rRes

PROCEDURE Expression() : real
rRes is real = Term()
LOOP
	SkipBlanks()
	IF CurrentChar() = "+" THEN
		gnPos++ ; rRes += Term()
	ELSE IF CurrentChar() = "-" THEN
		gnPos++ ; rRes -= Term()
	ELSE
		BREAK
	END
END
RESULT rRes

PROCEDURE Compute(LOCAL sText is string)
gsExpr = sText
gnPos = 1
WHEN EXCEPTION IN
	rR is real = Expression()
	SkipBlanks()
	IF gnPos <= Length(gsExpr) THEN
		RESULT "error: unexpected character '" + CurrentChar() + "'"
	END
	RESULT rR
DO
	RESULT "error " + ExceptionInfo(errCode) + ": " + ExceptionInfo(errMessage)
END
