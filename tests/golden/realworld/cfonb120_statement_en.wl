// Reading a CFONB 120 bank statement (the French AFB 120-character format): record 01
// (opening balance), 04 (transactions), 07 (closing balance). The amount takes 14
// positions; the last is a character that carries the sign and the last digit ({ A..I
// for 0..9 positive, } J..R for 0..9 negative); the number of decimals is at position 20.
// Method b, FS 6 Dec 2026: passes as written. French twin releve_cfonb120_fr.wl.
STTransaction is Structure
	dDate is Date
	sLabel is string
	mAmount is currency
END

sFile is string = fTempPath() + "\statement_" + GetIdentifier() + ".txt"
sContent is string = CFONBLine("01", "011226", "", 1520.37) + CR + ...
	CFONBLine("04", "021226", "Direct debit EDF", -84.21) + CR + ...
	CFONBLine("04", "031226", "Transfer customer Dupont", 1200) + CR + ...
	CFONBLine("04", "041226", "Card Total Énergies", -60.5) + CR + ...
	CFONBLine("07", "041226", "", 2575.66) + CR
fSaveText(sFile, sContent)

arrTransactions is array of STTransaction
mOpening, mClosing, mSum are currency
nLine is int = 0
FOR EACH STRING sLine OF fLoadText(sFile) SEPARATED BY CR
	IF sLine = "" THEN CONTINUE
	nLine++
	IF Length(sLine) <> 120 THEN
		Trace("Line " + nLine + ": length " + Length(sLine))
		CONTINUE
	END
	nDec is int = Val(sLine[[20]])
	SWITCH sLine[[1 TO 2]]
		CASE "01" : mOpening = CFONBAmount(sLine[[91 TO 104]], nDec)
		CASE "04"
			t is STTransaction
			t.dDate = CFONBDate(sLine[[35 TO 40]])
			t.sLabel = NoSpace(sLine[[41 TO 71]])
			t.mAmount = CFONBAmount(sLine[[91 TO 104]], nDec)
			ArrayAdd(arrTransactions, t)
			mSum += t.mAmount
		CASE "07" : mClosing = CFONBAmount(sLine[[91 TO 104]], nDec)
		OTHER CASE : Trace("Unknown code " + sLine[[1 TO 2]])
	END
END
Trace("Opening balance", mOpening) // expect: Opening balance, 1520.37
FOR EACH t OF arrTransactions
	Trace(DateToString(t.dDate, "DD/MM/YYYY"), t.sLabel, t.mAmount)
END
// expect: 02/12/2026, DIRECT DEBIT EDF, -84.21
// expect: 03/12/2026, TRANSFER CUSTOMER DUPONT, 1200
// expect: 04/12/2026, CARD TOTAL ENERGIES, -60.5
Trace("Closing balance", mClosing, "check", mOpening + mSum = mClosing) // expect: Closing balance, 2575.66, check, 1
fDelete(sFile)

PROCEDURE CFONBAmount(LOCAL sZone is string, LOCAL nDecimals is int) : currency
sDigits is string = sZone[[1 TO 13]]
cLast is string = sZone[[14]]
nSign is int = 1
nLast is int
IF Position("{ABCDEFGHI", cLast) > 0 THEN
	nLast = Position("{ABCDEFGHI", cLast) - 1
ELSE IF Position("}JKLMNOPQR", cLast) > 0 THEN
	nLast = Position("}JKLMNOPQR", cLast) - 1
	nSign = -1
ELSE
	ErrorThrow(1, "Unknown CFONB sign: " + cLast)
END
mValue is currency = Val(sDigits + nLast) / Power(10, nDecimals)
RESULT nSign * mValue

PROCEDURE CFONBDate(sDDMMYY is string) : Date
dRes is Date
dRes..Day = Val(sDDMMYY[[1 TO 2]])
dRes..Month = Val(sDDMMYY[[3 TO 4]])
dRes..Year = 2000 + Val(sDDMMYY[[5 TO 6]])
RESULT dRes

PROCEDURE CFONBLine(sCode, sDate, sLabel, mAmount is currency)
// builds a 120-character line (for the test)
sAmount is string = NumToString(Abs(mAmount) * 100, "014d")
nLast is int = Val(sAmount[[14]])
IF mAmount < 0 THEN
	sAmount = sAmount[[1 TO 13]] + Middle("}JKLMNOPQR", nLast + 1, 1)
ELSE
	sAmount = sAmount[[1 TO 13]] + Middle("{ABCDEFGHI", nLast + 1, 1)
END
sRes is string = sCode + "30004" + "    " + "00012" + "EUR" + "2" + " " + "00012345678" + "  " + sDate + ...
	Complete(Upper(NoAccent(sLabel)), 31) + Repeat(" ", 19) + sAmount
RESULT Complete(sRes, 120)
