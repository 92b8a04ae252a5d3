// A transfers file in the CFONB 160 format (fixed width): an issuer record (03), one
// per transfer (06), a total (08), 160 characters each, written by fCreate/fWriteLine:
// zones padded by Complete, cut by [[1 TO n]], names upper case without accents
// (Upper(NoAccent())), the amount in cents by NumToString(m * 100, "016d"), structures
// filled from an array of values; read back and checked. Method b, FS 6 Dec 2026:
// passes as written. French twin virements_cfonb_largeur_fixe_fr.wl.
CONSTANT
	WIDTH = 160
END
STTransfer is Structure
	sName is string
	sBranch is string
	sAccount is string
	sBank is string
	mAmount is currency
	sLabel is string
END

arrTransfers is array of STTransfer
Add(arrTransfers, [ "DUPONT Jérôme", "00012", "12345678901", "30004", 1250.5, "November salary" ])
Add(arrTransfers, [ "Société Bâtiment & Cie", "00456", "98765432100", "10107", 89.99, "Invoice F-2026-118" ])
Add(arrTransfers, [ "MARTIN", "00789", "55555555555", "20041", 3000, "Down payment" ])

sFile is string = fTempPath() + "\wl_golden_transfers_cfonb_" + Random(1, 999999999) + ".txt"
nFile is int = fCreate(sFile)
mTotal is currency = 0
fWriteLine(nFile, BuildRecord("03", "02", "", "ENTREPRISE DURAND SA", "00001", "00012345678", "30002", 0, "061226"))
FOR EACH t OF arrTransfers
	fWriteLine(nFile, BuildRecord("06", "02", t.sLabel, t.sName, t.sBranch, t.sAccount, t.sBank, t.mAmount, ""))
	mTotal += t.mAmount
END
fWriteLine(nFile, BuildRecord("08", "02", "", "", "", "", "", mTotal, ""))
fClose(nFile)

// the file produced, checked
nLine is int
FOR EACH STRING sRec OF fLoadText(sFile) SEPARATED BY CR
	IF sRec = "" THEN CONTINUE
	nLine++
	IF Length(sRec) <> WIDTH THEN Trace("Line " + nLine + ": " + Length(sRec) + " characters")
END
Trace(nLine + " records of " + WIDTH + " characters") // expect: 5 records of 160 characters
Trace("[" + ExtractLine(fLoadText(sFile), 2)[[1 TO 60]] + "]") // expect: [0602        123456NOVEMBER SALDUPONT JEROME                 ]
Trace("[" + ExtractLine(fLoadText(sFile), 2)[[105 TO 160]] + "]") // expect: [000000000012505030004                                   ]
Trace("[" + ExtractLine(fLoadText(sFile), 3)[[19 TO 54]] + "]") // expect: [INVOICE F-20SOCIETE BATIMENT & CIE  ]
sTotal is string = ExtractLine(fLoadText(sFile), 5)
Trace(sTotal[[1 TO 2]], sTotal[[105 TO 120]], Val(sTotal[[105 TO 120]]) / 100) // expect: 08, 0000000000434049, 4340.49
fDelete(sFile)

// A CFONB record: alphanumeric zones padded with spaces on the right, the amount in
// cents right-aligned with zeros
PROCEDURE BuildRecord(sCode, sOperation, sReference, sName, sBranch, sAccount, sBank, mAmount is currency, sDate) : string
	s is string = sCode + sOperation
	s += Complete("", 8)                                  // reserved zone
	s += Complete("123456", 6)                            // issuer number
	s += Complete(Upper(NoAccent(sReference)), 12)[[1 TO 12]]
	s += Complete(Upper(NoAccent(sName)), 24)[[1 TO 24]]
	s += Complete(sDate, 24)
	s += Complete(sBranch, 5) + Complete(sAccount, 11)
	s += Complete("", 10)
	s += NumToString(mAmount * 100, "016d")
	s += Complete(sBank, 5)
	s += Complete("", 35)
	RESULT s
