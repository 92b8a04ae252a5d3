// Temporary files older than N days cleaned up: a recursive fListFile, fDate / fTime of
// the modification into ..DatePart / ..TimePart of a DateTime, DateTimeDifference (the
// days read from "+DDDDDDDHHMMSSCC") checked against the difference of two DateTimes (a
// Duration, ..InDays), fSize, fDelete; the files aged by fDateTime(file, dt,
// fModification). French twin: nettoyage_temporaires_fr.wl.
CONSTANT
	DAYS_KEPT = 7
END
sWorkDir is string = fTempPath() + "\wl_golden_cleanup_" + Random(1, 99999999)
IF fDirectoryExist(sWorkDir) THEN fRemoveDir(sWorkDir, frRecursive)
fMakeDir(sWorkDir + "\exports")
PrepareFile(sWorkDir + "\old_report.tmp", 30)
PrepareFile(sWorkDir + "\exports\export_old.csv", 8)
PrepareFile(sWorkDir + "\exports\export_recent.csv", 2)
PrepareFile(sWorkDir + "\today.log", 0)

nDeleted is int
nBytes is int
sList is string = fListFile(sWorkDir + "\*.*", frRecursive)
arrFiles is array of strings
StringToArray(sList, arrFiles, CR)
ArraySort(arrFiles)
FOR EACH sFile OF arrFiles
	dtModified is DateTime
	dtModified..DatePart = fDate(sFile, "", fModification)
	dtModified..TimePart = fTime(sFile, "", fModification)
	sGap is string = DateTimeDifference(dtModified, SysDateTime())
	nDays is int = Val(Middle(sGap, 2, 7))
	duAge is Duration = SysDateTime() - dtModified
	IF nDays <> IntegerPart(duAge..InDays) THEN Trace("Inconsistent gap: " + sGap)
	IF nDays >= DAYS_KEPT THEN
		nBytes += fSize(sFile)
		IF fDelete(sFile) THEN
			nDeleted++
			Trace("Deleted: " + fExtractPath(sFile, fFileName + fExtension) + " (" + nDays + " days)")
		ELSE
			Trace("Failed: " + ErrorInfo(errMessage))
		END
	ELSE
		Trace("Kept: " + fExtractPath(sFile, fFileName + fExtension))
	END
END
Trace(nDeleted + " file(s), " + nBytes + " byte(s) freed")
Trace(fFileExist(sWorkDir + "\exports\export_recent.csv"), fFileExist(sWorkDir + "\old_report.tmp"))
fRemoveDir(sWorkDir, frRecursive)

// what it prints
// expect: Deleted: export_old.csv (8 days)
// expect: Kept: export_recent.csv
// expect: Deleted: old_report.tmp (30 days)
// expect: Kept: today.log
// expect: 2 file(s), 58 byte(s) freed
// expect: 1, 0

PROCEDURE PrepareFile(sPath is string, nDays is int)
fSaveText(sPath, Repeat("x", 10 + nDays))
dtOld is DateTime = SysDateTime()
dtOld..Day -= nDays
dtOld..Hour -= 1
IF NOT fDateTime(sPath, dtOld, fModification) THEN Trace(ErrorInfo(errMessage))
