// Phone numbers and postcodes typed any old way, normalised.
arrInputs is array of strings = ["01 23 45 67 89", "01.23.45.67.89", "+33 1 23 45 67 89", "0033123456789", "1 23 45 67 89", "06-12-34-56-78", " 0612345678 ", "12345"]
FOR EACH sPhone OF arrInputs
	sNorm is string = NormalisePhone(sPhone)
	IF sNorm = "" THEN
		Trace("[" + sPhone + "] invalid")
	ELSE
		Trace("[" + sPhone + "] -> " + sNorm + " / " + FormatPhone(sNorm) + " / " + InternationalPhone(sNorm))
	END
END
arrPostcodes is array of strings = ["75001", "6000", " 13 008", "2A004", "ABCDE", "1000"]
FOR EACH sCode OF arrPostcodes
	Trace("[" + sCode + "] -> [" + NormalisePostcode(sCode) + "] dept " + Department(NormalisePostcode(sCode)))
END
sAddress is string = "  12,  rue   des   Lilas  "
Trace("[" + NoSpace(sAddress) + "]", "[" + NoSpace(sAddress, sscInside) + "]")
Trace("[" + Complete("42", 6, "0") + "]", "[" + Right("000000" + "42", 6) + "]", "[" + NumToString(42, "06d") + "]")
// expect: [01 23 45 67 89] -> 0123456789 / 01 23 45 67 89 / +33123456789
// expect: [01.23.45.67.89] -> 0123456789 / 01 23 45 67 89 / +33123456789
// expect: [+33 1 23 45 67 89] -> 0123456789 / 01 23 45 67 89 / +33123456789
// expect: [0033123456789] -> 0123456789 / 01 23 45 67 89 / +33123456789
// expect: [1 23 45 67 89] -> 0123456789 / 01 23 45 67 89 / +33123456789
// expect: [06-12-34-56-78] -> 0612345678 / 06 12 34 56 78 / +33612345678
// expect: [ 0612345678 ] -> 0612345678 / 06 12 34 56 78 / +33612345678
// expect: [12345] invalid
// expect: [75001] -> [75001] dept 75
// expect: [6000] -> [06000] dept 06
// expect: [ 13 008] -> [13008] dept 13
// expect: [2A004] -> [2A004] dept 2A
// expect: [ABCDE] -> [ABCDE] dept ?
// expect: [1000] -> [01000] dept 01
// expect: [12,  rue   des   Lilas], [  12,ruedesLilas  ]
// expect: [420000], [000042], [000042]

PROCEDURE NormalisePhone(LOCAL sTel is string) : string
sTel = NoSpace(sTel)
FOR EACH STRING sChar OF " ,.,-,/,(,)" SEPARATED BY ","
	sTel = Replace(sTel, sChar, "")
END
IF Left(sTel, 3) = "+33" THEN sTel = "0" + Middle(sTel, 4)
IF Left(sTel, 4) = "0033" THEN sTel = "0" + Middle(sTel, 5)
IF Length(sTel) = 9 AND Left(sTel, 1) <> "0" THEN sTel = "0" + sTel
IF Length(sTel) <> 10 OR NOT IsNumeric(sTel) THEN RESULT ""
RESULT sTel

PROCEDURE FormatPhone(sTel is string) : string
sResult is string
FOR i = 1 _TO_ 9 STEP 2
	sResult += [" "] + Middle(sTel, i, 2)
END
RESULT sResult

PROCEDURE InternationalPhone(sTel)
RESULT "+33" + Middle(sTel, 2)

PROCEDURE NormalisePostcode(LOCAL sCP is string) : string
sCP = Replace(NoSpace(sCP, sscInside), " ", "")
IF Length(sCP) < 5 AND IsNumeric(sCP) THEN sCP = Reverse(Complete(Reverse(sCP), 5, "0"))
RESULT Upper(sCP)

PROCEDURE Department(sCP is string) : string
IF Left(sCP, 2) IN ("2A", "2B") THEN RESULT Left(sCP, 2)
IF NOT IsNumeric(sCP) OR Length(sCP) <> 5 THEN RESULT "?"
IF Left(sCP, 2) >= "97" THEN RESULT Left(sCP, 3)
RESULT Left(sCP, 2)
