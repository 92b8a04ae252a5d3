// (method b) An "atomic" save of a price file: a temporary file written in the same
// folder, read back to check it, the old file renamed to .bak, then the temporary file
// renamed into its place (fRename refuses an existing destination). An invalid line:
// nothing is replaced. French twin sauvegarde_atomique_fr.wl.
gsDir is string = fTempPath() + "\wl_save_" + Random(1, 99999999)
fMakeDir(gsDir)
gsPrices is string = gsDir + "\prices.csv"
fSaveText(gsPrices, "REF;PRICE" + CR + "A01;10.50" + CR)

arrLines is array of strings = ["REF;PRICE", "A01;11.00", "B07;4.20", "C12;149.90"]
IF AtomicSave(gsPrices, arrLines) THEN
	Trace("Saved: " + fSize(gsPrices) + " bytes, .bak copy: " + fSize(gsPrices + ".bak") + " bytes") // expect: Saved: 44 bytes, .bak copy: 22 bytes
END
Trace(Replace(fLoadText(gsPrices), CR, "|")) // expect: REF;PRICE|A01;11.00|B07;4.20|C12;149.90|
Add(arrLines, "D99;price?")
// expect: invalid line: D99;price?
IF NOT AtomicSave(gsPrices, arrLines) THEN Trace("Refused, the file stays: " + fSize(gsPrices) + " bytes") // expect: Refused, the file stays: 44 bytes
Trace("Temporary files left: [" + fListFile(gsDir + "\*.tmp", frNotRecursive) + "]") // expect: Temporary files left: []
fRemoveDir(gsDir, frRecursive)

PROCEDURE AtomicSave(sFile is string, LOCAL arrContent is array of strings) : boolean
sTemp is string = fExtractPath(sFile, fDrive + fDirectory) + fExtractPath(sFile, fFileName) + "_" + GetIdentifier() + ".tmp"
sText is string
FOR EACH sLine OF arrContent
	IF sLine <> arrContent[1] _AND_ Val(ExtractString(sLine, 2, ";")) = 0 THEN
		Trace("invalid line: " + sLine)
		RESULT False
	END
	sText += sLine + CR
END
IF NOT fSaveText(sTemp, sText) THEN RESULT False
IF fLoadText(sTemp) <> sText THEN
	fDelete(sTemp)
	RESULT False
END
IF fFileExist(sFile + ".bak") THEN fDelete(sFile + ".bak")
IF fFileExist(sFile) _AND_ NOT fRename(sFile, sFile + ".bak") THEN
	Trace("cannot rename: " + ErrorInfo(errMessage))
	fDelete(sTemp)
	RESULT False
END
RESULT fRename(sTemp, sFile)
