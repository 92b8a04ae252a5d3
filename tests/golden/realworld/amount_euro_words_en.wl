// Amount in French words for a cheque: "cent vingt-trois euros et quatre centimes"
// (English keywords, the words French as the cheque needs them).
Trace(AmountInWords(123.04))
Trace(AmountInWords(1))
Trace(AmountInWords(80))
Trace(AmountInWords(71.80))
Trace(AmountInWords(200))
Trace(AmountInWords(1000))
Trace(AmountInWords(2021.21))
Trace(AmountInWords(0.99))
Trace(AmountInWords(1000000))
Trace(AmountInWords(3_456_789.10))
Trace(Upper(Left(AmountInWords(91), 1)) + Middle(AmountInWords(91), 2))
// expect: cent vingt-trois euros et quatre centimes
// expect: un euro
// expect: quatre-vingts euros
// expect: soixante et onze euros et quatre-vingts centimes
// expect: deux cents euros
// expect: mille euros
// expect: deux mille vingt et un euros et vingt et un centimes
// expect: quatre-vingt-dix-neuf centimes
// expect: un million d'euros
// expect: trois millions quatre cent cinquante-six mille sept cent quatre-vingt-neuf euros et dix centimes
// expect: Quatre-vingt-onze euros

PROCEDURE AmountInWords(LOCAL curAmount is currency) : string
nEuros is int = IntegerPart(curAmount)
nCents is int = Round((curAmount - nEuros) * 100, 0)
sResult is string
IF nEuros > 0 THEN
	sResult = FrenchWords(nEuros)
	IF nEuros >= 1000000 AND nEuros modulo 1000000 = 0 THEN sResult += " d'"
	ELSE sResult += " "
	sResult += (nEuros > 1 ? "euros" ELSE "euro")
	sResult = Replace(sResult, "d' euros", "d'euros")
END
IF nCents > 0 THEN
	IF sResult <> "" THEN sResult += " et "
	sResult += FrenchWords(nCents) + (nCents > 1 ? " centimes" ELSE " centime")
END
IF sResult = "" THEN sResult = "zéro euro"
RESULT sResult

PROCEDURE FrenchWords(LOCAL n is int) : string
arrUnits is array of strings = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
arrTens is array of strings = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"]
SWITCH n
	CASE < 20
		RESULT arrUnits[n + 1]
	CASE < 100
		nD is int = n / 10
		nU is int = n modulo 10
		IF nD = 7 OR nD = 9 THEN nU += 10
		sD is string = arrTens[nD + 1]
		IF nU = 0 THEN
			RESULT sD + (nD = 8 ? "s" ELSE "")
		ELSE IF nU = 1 AND nD <> 8 THEN
			RESULT sD + " et un"
		ELSE IF nU = 11 AND nD = 7 THEN
			RESULT sD + " et onze"
		ELSE
			RESULT sD + "-" + arrUnits[nU + 1]
		END
	CASE < 1000
		nC is int = n / 100
		nRest is int = n modulo 100
		sC is string = (nC = 1 ? "cent" ELSE arrUnits[nC + 1] + " cent")
		IF nRest = 0 THEN RESULT sC + (nC > 1 ? "s" ELSE "")
		RESULT sC + " " + FrenchWords(nRest)
	CASE < 1000000
		nM is int = n / 1000
		nRest is int = n modulo 1000
		sM is string = (nM = 1 ? "mille" ELSE FrenchWords(nM) + " mille")
		IF nRest = 0 THEN RESULT sM
		RESULT sM + " " + FrenchWords(nRest)
	OTHER CASE
		nMi is int = n / 1000000
		nRest is int = n modulo 1000000
		sMi is string = FrenchWords(nMi) + (nMi > 1 ? " millions" ELSE " million")
		IF nRest = 0 THEN RESULT sMi
		RESULT sMi + " " + FrenchWords(nRest)
END
