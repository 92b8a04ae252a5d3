// Bank details as a payroll or supplier module checks them: an IBAN cleaned of its
// spaces, its country length checked in an associative array, the mod-97 check done
// by chunks (the number is too long for an integer), printed in groups of four.
aaLength is associative array of int
aaLength["FR"] = 27
aaLength["DE"] = 22
aaLength["BE"] = 16
arrInput is array of strings = ["FR76 3000 6000 0112 3456 7890 189", "de89 3704 0044 0532 0130 00", ...
	"BE68 5390 0754 7034", "FR76 3000 6000 0112 3456 7890 188", "XX12 3456", "DE89 3704 0044 0532 0130"]
FOR EACH sInput OF arrInput
	sIBAN is string = Upper(Replace(sInput, " ", ""))
	sError is string = IBANError(sIBAN)
	IF sError = "" THEN
		Trace(Grouped(sIBAN) + " ok")
	ELSE
		Trace(sInput + ": " + sError)
	END
END
// expect: FR76 3000 6000 0112 3456 7890 189 ok
// expect: DE89 3704 0044 0532 0130 00 ok
// expect: BE68 5390 0754 7034 ok
// expect: FR76 3000 6000 0112 3456 7890 188: wrong check digits
// expect: XX12 3456: unknown country XX
// expect: DE89 3704 0044 0532 0130: 20 characters, DE has 22

PROCEDURE IBANError(sIBAN is string) : string
sCountry is string = Left(sIBAN, 2)
IF NOT aaLength[sCountry]..Exist THEN RESULT "unknown country " + sCountry
IF Length(sIBAN) <> aaLength[sCountry] THEN
	RESULT StringBuild("%1 characters, %2 has %3", Length(sIBAN), sCountry, aaLength[sCountry])
END
// The first four characters go to the end; each letter becomes two digits (A = 10)
sMoved is string = Middle(sIBAN, 5) + Left(sIBAN, 4)
sDigits is string
FOR i = 1 _TO_ Length(sMoved)
	c is string = sMoved[[i]]
	IF c >= "A" _AND_ c <= "Z" THEN
		sDigits += NumToString(Asc(c) - Asc("A") + 10)
	ELSE
		sDigits += c
	END
END
// mod 97 by chunks of seven digits
nRest is int = 0
WHILE sDigits <> ""
	nRest = Val(NumToString(nRest) + Left(sDigits, 7)) modulo 97
	sDigits = Middle(sDigits, 8)
END
IF nRest <> 1 THEN RESULT "wrong check digits"
RESULT ""

PROCEDURE Grouped(s is string) : string
sOut is string
FOR i = 1 _TO_ Length(s) STEP 4
	sOut += [" "] + Middle(s, i, 4)
END
RESULT sOut
