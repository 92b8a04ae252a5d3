// (method b) A log purged in place: lines older than 30 days removed (the file rewritten
// through a temporary file, then fRename), a continuation line without a date (a call
// stack) following its dated line; dates of today minus n (..Day -= n), DateValid, Dates
// compared, FOR EACH over a literal array. French twin purge_journal_lignes_fr.wl.
CONSTANT
	DAYS_KEPT = 30
END
sLog is string = fTempPath() + "\wl_purge_" + Random(1, 99999999) + ".log"
sText is string
FOR EACH nAge OF [45, 31, 30, 2, 0]
	dDay is Date = DateSys()
	dDay..Day -= nAge
	sText += DateToString(dDay, "YYYY-MM-DD") + " 08:00:00 [INFO] " + nAge + " day(s) ago" + CR
	IF nAge = 31 THEN sText += "    at COrder.Validate (line 12)" + CR
END
fSaveText(sLog, sText)
nBefore is int = fSize(sLog)
nLinesRemoved is int = PurgeLog(sLog, DAYS_KEPT)
Trace(nLinesRemoved + " line(s) removed, " + (nBefore - fSize(sLog)) + " bytes saved") // expect: 3 line(s) removed, 118 bytes saved
FOR EACH STRING sLine OF fLoadText(sLog) SEPARATED BY CR
	IF sLine <> "" THEN Trace(Middle(sLine, 21))
END
// expect: [INFO] 30 day(s) ago
// expect: [INFO] 2 day(s) ago
// expect: [INFO] 0 day(s) ago
fDelete(sLog)

PROCEDURE PurgeLog(sFile is string, nDays is int) : int
dLimit is Date = DateSys()
dLimit..Day -= nDays
sTemp is string = sFile + ".tmp"
nIn is int = fOpen(sFile, foRead)
nOut is int = fCreate(sTemp)
nRemoved is int
bKeep is boolean = True
sLine is string = fReadLine(nIn)
WHILE sLine <> EOT
	sDate is string = Left(sLine, 10)
	IF DateValid(Replace(sDate, "-", "")) THEN
		dLine is Date = Replace(sDate, "-", "")
		bKeep = (dLine >= dLimit)
	END
	IF bKeep THEN fWriteLine(nOut, sLine) ELSE nRemoved++
	sLine = fReadLine(nIn)
END
fClose(nIn)
fClose(nOut)
fDelete(sFile)
fRename(sTemp, sFile)
RESULT nRemoved
