// An exception thrown three calls down (ExceptionThrow in a line's validation), caught
// by WHEN EXCEPTION IN at the import's level, with the parts of ExceptionInfo; then a
// WLanguage error (a division by zero) caught the same way (French twin:
// exceptions_profondes_fr.wl).
CONSTANT
	ERR_QUANTITY = 1001
	ERR_PRICE = 1002
END

sFile is string = "REF1;3;12,50" + CR + "REF2;-1;4" + CR + "REF3;2;abc"
nTotalCents is int
FOR EACH STRING sLine OF sFile SEPARATED BY CR
	WHEN EXCEPTION IN
		nTotalCents += ImportLine(sLine)
	DO
		Trace("line rejected: " + sLine)
		Trace("  code " + ExceptionInfo(errCode) + ": " + ExceptionInfo(errMessage))
		Trace("  in " + ExceptionInfo(errProcess) + ", line " + ExceptionInfo(errLine))
	END
END
// expect: line rejected: REF2;-1;4
// expect:   code 1001: quantity -1 invalid for REF2
// expect:   in CheckLine, line 45
// expect: line rejected: REF3;2;abc
// expect:   code 1002: unreadable price: abc
// expect:   in CheckLine, line 48
Trace("total: " + nTotalCents / 100) // expect: total: 37.5
WHEN EXCEPTION IN
	Trace(Average(0))
DO
	Trace("WLanguage error: " + ExceptionInfo(errCode) + ", " + ExceptionInfo(errProcess)) // expect: WLanguage error: 1002, Average
END

PROCEDURE ImportLine(LOCAL sLine is string) : int
arrFields is array of strings
StringToArray(sLine, arrFields, ";")
RESULT LineAmount(arrFields[1], Val(arrFields[2]), arrFields[3])

PROCEDURE LineAmount(sRef, nQuantity is int, sPrice is string) : int
CheckLine(sRef, nQuantity, sPrice)
RESULT nQuantity * Round(Val(Replace(sPrice, ",", ".")) * 100, 0)

PROCEDURE CheckLine(sRef, nQuantity is int, sPrice is string)
IF nQuantity <= 0 THEN
	ExceptionThrow(ERR_QUANTITY, StringBuild("quantity %1 invalid for %2", nQuantity, sRef))
END
IF NOT IsNumeric(Replace(sPrice, ",", ".")) THEN
	ExceptionThrow(ERR_PRICE, "unreadable price: " + sPrice)
END

PROCEDURE Average(nNumber is int) : real
RESULT 100 / nNumber
