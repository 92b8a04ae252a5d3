// Fixed-width payment import: slicing, checks with regular expressions, rejects, totals
// Columns: type (2) date DDMMYYYY (8) amount in cents (12) name (20) IBAN (27)
arrLines is array of strings = [ ...
	"0115032024000000125050SMITH JOHN          GB29NWBK60161331926819AB123", ...
	"0116032024000000007990BROWN CLAIRE        GB94BARC10201530093459AB456", ...
	"0129022024000000100000TAYLOR PAUL         GB94BARC1020153009", ...
	"0218032024000000050000JONES EMILY         GB29NWBK60161331926819AB789", ...
	"01ABCDEFGH000000010000WHITE LUKE          GB29NWBK60161331926819AB000"]

STPayment is Structure
	dDate is Date
	mAmount is currency
	sName is string
	sIBAN is string
END
arrOK is array of STPayment
arrRejects is array of strings
FOR EACH sLine, nNum OF arrLines
	sReason is string = CheckLine(sLine)
	IF sReason <> "" THEN
		ArrayAdd(arrRejects, StringBuild("line %1: %2", nNum, sReason))
		CONTINUE
	END
	stP is STPayment
	sDate is string = sLine[[3 ON 8]]
	stP.dDate = sDate[[5 TO 8]] + sDate[[3 ON 2]] + sDate[[TO 2]]
	stP.mAmount = Val(sLine[[11 ON 12]]) / 100
	stP.sName = NoSpace(sLine[[23 ON 20]])
	stP.sIBAN = sLine[[43 TO]]
	ArrayAdd(arrOK, stP)
END
Trace(arrOK.Count + " accepted, " + arrRejects.Count + " rejected") // expect: 2 accepted, 3 rejected
FOR EACH sReject OF arrRejects
	Trace(sReject)
END
// expect: line 3: IBAN GB94BARC1020153009 malformed
// expect: line 4: unknown type 02
// expect: line 5: invalid date ABCDEFGH
mTotal is currency
FOR EACH stP OF arrOK
	mTotal += stP.mAmount
	Trace(stP.dDate.ToString("DD/MM/YYYY") + " " + Complete(stP.sName, 15, ".") + NumToString(stP.mAmount, "9.2f"))
END
// expect: 15/03/2024 SMITH JOHN.....  1250.50
// expect: 16/03/2024 BROWN CLAIRE...    79.90
Trace("Total: " + NumToString(mTotal, "12.2fS")) // expect: Total:     1 330.40
// The bank code of each accepted IBAN, read by the regular expression's groups
FOR EACH stP OF arrOK
	sCountry, sBank are strings
	IF MatchRegularExpression(stP.sIBAN, "([A-Z]{2})[0-9]{2}([A-Z]{4}).*", sCountry, sBank) THEN
		Trace(sCountry + "/" + sBank)
	END
END
// expect: GB/NWBK
// expect: GB/BARC

// Why a line is rejected, "" when it is fine
PROCEDURE CheckLine(sLine is string) : string
IF sLine[[1 ON 2]] <> "01" THEN RESULT "unknown type " + sLine[[1 ON 2]]
sDate is string = sLine[[3 ON 8]]
IF NOT DateValid(sDate[[5 TO 8]] + sDate[[3 ON 2]] + sDate[[TO 2]]) THEN RESULT "invalid date " + sDate
IF NOT MatchRegularExpression(sLine[[43 TO]], "[A-Z]{2}[0-9]{2}[A-Z]{4}[0-9]{14}[A-Z0-9]*") THEN
	RESULT "IBAN " + sLine[[43 TO]] + " malformed"
END
RESULT ""
