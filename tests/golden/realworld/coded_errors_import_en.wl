// Importing lines: coded business errors (ExceptionThrow), caught line by line inside
// the loop, the serious ones passed up to the caller by ExceptionPropagate (French twin:
// import_erreurs_codees_fr.wl).
CONSTANT
	ERR_FORMAT = 100
	ERR_AMOUNT = 200
	ERR_FATAL = 900
END

arrBatch1 is array of strings = ["A;x;10.5", "B;y", "C;z;abc", "D;w;4.5"]
cyT is currency
nR is int
(cyT, nR) = ImportBatch(arrBatch1)
Trace("batch 1:", cyT, nR)
arrBatch2 is array of strings = ["A;x;1", "STOP;-;0", "B;y;2"]
WHEN EXCEPTION IN
	(cyT, nR) = ImportBatch(arrBatch2)
	Trace("never shown")
DO
	Trace("batch 2 abandoned:", ExceptionInfo(errCode), ExceptionInfo(errMessage))
END
// expect: line 2 rejected (100): 3 fields expected, 2 read
// expect: line 3 rejected (200): unreadable amount: abc
// expect: batch 1:, 15, 2
// expect: line, 2, : serious error, passed up
// expect: batch 2 abandoned:, 900, file interrupted

PROCEDURE CheckLine(LOCAL sLine is string)
arrFields is array of strings
arrFields = StringSplit(sLine, ";")
IF ArrayCount(arrFields) <> 3 THEN
	ExceptionThrow(ERR_FORMAT, "3 fields expected, " + ArrayCount(arrFields) + " read")
END
IF NOT IsNumeric(arrFields[3]) THEN
	ExceptionThrow(ERR_AMOUNT, "unreadable amount: " + arrFields[3])
END
IF arrFields[1] = "STOP" THEN ExceptionThrow(ERR_FATAL, "file interrupted")
RESULT Val(arrFields[3])

PROCEDURE ImportBatch(arrLines is array of strings)
cyTotal is currency
nRejected is int
FOR EACH sLine, nNum OF arrLines
	WHEN EXCEPTION IN
		cyTotal += CheckLine(sLine)
	DO
		SWITCH ExceptionInfo(errCode)
			CASE ERR_FORMAT, ERR_AMOUNT
				nRejected++
				Trace(StringBuild("line %1 rejected (%2): %3", nNum, ExceptionInfo(errCode), ExceptionInfo(errMessage)))
			OTHER CASE
				Trace("line", nNum, ": serious error, passed up")
				ExceptionPropagate()
		END
	END
END
RESULT (cyTotal, nRejected)
