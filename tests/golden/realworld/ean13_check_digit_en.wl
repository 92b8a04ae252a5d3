// The check digit of an EAN-13 barcode: weights 1 and 3 in turn, (10 - sum modulo 10)
// modulo 10; a 12-digit code gets its digit, a 13-digit one is checked, others refused
// (SWITCH on Length, IsNumeric, sCode[[i]], a procedure : string returning a number).
arrCodes is array of strings = ["400638133393", "3017620422003", "761234567890", "978020137962", "12345", "40063813339A"]
FOR EACH sCode OF arrCodes
	SWITCH Length(sCode)
		CASE 12
			Trace(sCode, EAN13Key(sCode), sCode + EAN13Key(sCode))
		CASE 13
			IF EAN13Valid(sCode) THEN
				Trace(sCode, "valid")
			ELSE
				Trace(sCode, "invalid")
			END
		OTHER CASE
			Trace(sCode, "wrong length")
	END
END
// expect: 400638133393, 1, 4006381333931
// expect: 3017620422003, valid
// expect: 761234567890, 0, 7612345678900
// expect: 978020137962, 4, 9780201379624
// expect: 12345, wrong length
// expect: 40063813339A, ?, 40063813339A?

PROCEDURE EAN13Key(LOCAL sCode is string) : string
IF NOT IsNumeric(sCode) THEN RESULT "?"
nSum is int
FOR i = 1 TO 12
	nDigit is int = Val(sCode[[i]])
	IF i modulo 2 = 0 THEN
		nSum += nDigit * 3
	ELSE
		nSum += nDigit
	END
END
RESULT (10 - nSum % 10) % 10

PROCEDURE EAN13Valid(sCode is string) : boolean
RESULT EAN13Key(Left(sCode, 12)) = Right(sCode, 1)
