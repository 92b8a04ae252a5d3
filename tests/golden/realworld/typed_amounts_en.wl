// Amounts as users type them: "1 234,56 €", "-12.5", "12,5 k€"
arrInputs is array of strings = ["1 234,56 €", "-12.5", "12,5 k€", "  3,10  ", "1.234,56", "1,234.56", "abc", "", "+7", "2 500 EUR", "0,5k", "-1 000,00 €"]
FOR EACH sInput OF arrInputs
	curAmount is currency
	bOK is boolean = ReadAmount(sInput, curAmount)
	IF bOK THEN
		Trace("[" + sInput + "]", curAmount)
	ELSE
		Trace("[" + sInput + "]", "refused")
	END
END
Trace(Val("1 234,56"), Val("12,5"), Val("-12.5"), Val("3,10"))
// expect: [1 234,56 €], 1234.56
// expect: [-12.5], -12.5
// expect: [12,5 k€], 12500
// expect: [  3,10  ], 3.1
// expect: [1.234,56], 1234.56
// expect: [1,234.56], 1234.56
// expect: [abc], refused
// expect: [], refused
// expect: [+7], 7
// expect: [2 500 EUR], 2500
// expect: [0,5k], 500
// expect: [-1 000,00 €], -1000
// expect: 1, 12.5, -12.5, 3.1

PROCEDURE ReadAmount(LOCAL sText is string, curResult is currency)
	sText = NoSpace(sText)
	rFactor is real = 1
	IF sText ~= "" THEN RESULT False
	sText = Replace(sText, "€", "")
	sText = Replace(sText, "EUR", "", IgnoreCase)
	sText = NoSpace(sText)
	IF Right(sText, 1) ~= "k" THEN
		rFactor = 1000
		sText = Left(sText, Length(sText) - 1)
	END
	sText = Replace(sText, " ", "")
	sText = Replace(sText, Charact(160), "")
	nComma is int = Position(sText, ",", 0, FromEnd)
	nDot is int = Position(sText, ".", 0, FromEnd)
	IF nComma > 0 AND nDot > 0 THEN
		IF nComma > nDot THEN
			sText = Replace(sText, ".", "")
		ELSE
			sText = Replace(sText, ",", "")
		END
	END
	sText = Replace(sText, ",", ".")
	IF NOT IsNumeric(sText) THEN RESULT False
	curResult = Val(sText) * rFactor
	RESULT True
