// (method b) A drop folder: each CSV dropped there (mask *.csv, case ignored as on
// Windows) is checked, then moved (fMoveFile) to Done\YYYY\MM with a date stamp, or to
// Errors with an .err file saying why; DateToString(..., "YYYY\MM"), fExtractPath,
// IsNumeric, two ints declared on one line. French twin depot_fichiers_ventilation_fr.wl.
sDrop is string = fTempPath() + "\wl_drop_" + Random(1, 99999999)
fMakeDir(sDrop + "\In")
fSaveText(sDrop + "\In\ord_001.csv", "REF;QTY" + CR + "A1;3" + CR)
fSaveText(sDrop + "\In\ord_002.csv", "REF;QTY" + CR + "A1;three" + CR)
fSaveText(sDrop + "\In\notes.txt", "to be ignored")
fSaveText(sDrop + "\In\ORD_003.CSV", "REF;QTY" + CR)

nOK, nKO are int
FOR EACH STRING sFile OF fListFile(sDrop + "\In\*.csv", frNotRecursive) SEPARATED BY CR
	sName is string = fExtractPath(sFile, fFileName + fExtension)
	sError is string = CheckFile(sFile)
	IF sError = "" THEN
		sTarget is string = sDrop + "\Done\" + DateToString(DateSys(), "YYYY\MM") + "\" + ...
			fExtractPath(sFile, fFileName) + "_" + DateToString(DateSys(), "YYYYMMDD") + fExtractPath(sFile, fExtension)
		fMakeDir(fExtractPath(sTarget, fDrive + fDirectory))
		IF fMoveFile(sFile, sTarget) THEN nOK++
	ELSE
		fMakeDir(sDrop + "\Errors")
		fMoveFile(sFile, sDrop + "\Errors\" + sName)
		fSaveText(sDrop + "\Errors\" + sName + ".err", sError)
		nKO++
	END
END
Trace(nOK + " done, " + nKO + " in error") // expect: 1 done, 2 in error
Trace("left in: " + fExtractPath(fListFile(sDrop + "\In\*.*", frNotRecursive), fFileName + fExtension)) // expect: left in: notes.txt
Trace(fFileExist(sDrop + "\Done\" + DateToString(DateSys(), "YYYY\MM") + "\ord_001_" + DateToString(DateSys(), "YYYYMMDD") + ".csv")) // expect: 1
FOR EACH STRING sErr OF fListFile(sDrop + "\Errors\*.err") SEPARATED BY CR
	Trace(fExtractPath(sErr, fFileName + fExtension) + ": " + fLoadText(sErr))
END
// expect: ord_002.csv.err: line 2: quantity "three" is not a number
// expect: ORD_003.CSV.err: empty file
fRemoveDir(sDrop, frRecursive)

PROCEDURE CheckFile(sFile is string) : string
sContent is string = fLoadText(sFile)
nLine is int = 0
FOR EACH STRING sLine OF sContent SEPARATED BY CR
	nLine++
	IF nLine = 1 OR sLine = "" THEN CONTINUE
	IF NOT IsNumeric(ExtractString(sLine, 2, ";")) THEN RESULT "line " + nLine + ": quantity """ + ExtractString(sLine, 2, ";") + """ is not a number"
END
IF nLine <= 2 _AND_ Length(sContent) < 12 THEN RESULT "empty file"
RESULT ""
