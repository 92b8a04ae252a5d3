// Bank statement CSV files imported: a line already imported (same SHA-256 fingerprint,
// HashString + BufferToHexa) is skipped, the fingerprints seen are kept in a text file
// (fAppendText) and read back on a new run (associative array of boolean); amounts read
// by Val; a missing file gives -1. Method b, FS 6 Dec 2026: passes as written. French
// twin import_releves_sans_doublons_fr.wl (lower case, no accents).
CONSTANT
	SEP = ";"
END
sDir is string = fTempPath() + "\wl_golden_statements_" + Random(1, 999999999)
fMakeDir(sDir)
gsTraceFile is string = sDir + "\already_imported.txt"
gmTotal is currency

fSaveText(sDir + "\statement_nov.csv", "date;label;amount" + CR + "03/11/2026;DIRECT DEBIT EDF;-84.20" + CR + "05/11/2026;TRANSFER CUSTOMER SMITH;1250.00" + CR + CR)
fSaveText(sDir + "\statement_nov_bis.csv", "date;label;amount" + CR + "05/11/2026;TRANSFER CUSTOMER SMITH;1250.00" + CR + "12/11/2026;CARD FUEL STATION;-62.35" + CR)

aaSeen is associative array of boolean
LoadTraces(aaSeen)
Trace("1st file: " + ImportStatement(sDir + "\statement_nov.csv", aaSeen) + " line(s)") // expect: 1st file: 2 line(s)
// a new run: the fingerprints are read back from the file
aaSeen2 is associative array of boolean
LoadTraces(aaSeen2)
Trace("2nd file: " + ImportStatement(sDir + "\statement_nov_bis.csv", aaSeen2) + " line(s)") // expect: 2nd file: 1 line(s)
Trace("total imported: " + gmTotal) // expect: total imported: 1103.45
Trace("fingerprints kept: " + StringCount(fLoadText(gsTraceFile), CR)) // expect: fingerprints kept: 3
// expect: cannot read: missing.csv
Trace(ImportStatement(sDir + "\missing.csv", aaSeen2)) // expect: -1
fRemoveDir(sDir, frRecursive)

PROCEDURE LoadTraces(aaSeen is associative array of boolean)
	IF NOT fFileExist(gsTraceFile) THEN RETURN
	FOR EACH STRING s OF fLoadText(gsTraceFile) SEPARATED BY CR
		IF s <> "" THEN aaSeen[s] = True
	END

PROCEDURE ImportStatement(sFile is string, aaSeen is associative array of boolean) : int
	nImported is int = 0
	nFile is int = fOpen(sFile, foRead)
	IF nFile = -1 THEN
		Trace("cannot read: " + fExtractPath(sFile, fFileName + fExtension))
		RESULT -1
	END
	sLine is string = fReadLine(nFile) // header
	LOOP
		sLine = fReadLine(nFile)
		IF sLine = EOT THEN BREAK
		IF NoSpace(sLine) = "" THEN CONTINUE
		sPrint is string = BufferToHexa(HashString(HA_SHA_256, sLine), NoGrouping, NoLine)
		IF aaSeen[sPrint] THEN CONTINUE
		aaSeen[sPrint] = True
		fAppendText(gsTraceFile, sPrint + CR)
		gmTotal += Val(ExtractString(sLine, 3, SEP))
		nImported++
	END
	fClose(nFile)
	RESULT nImported
