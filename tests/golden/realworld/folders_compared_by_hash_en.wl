// (method b) Two folders compared file by file by their hash (HashFile with HA_MD5, the
// Buffers compared as they are): files added (+), removed (-) and changed (*), relative
// paths, sorted, as a delivery check. French twin repertoires_compares_empreintes_fr.wl
// (SHA-256 in hexadecimal).
sBefore is string = fTempPath() + "\wl_cmp_before_" + Random(1, 99999999)
sAfter is string = fTempPath() + "\wl_cmp_after_" + Random(1, 99999999)
fMakeDir(sBefore + "\config")
fMakeDir(sAfter + "\config")
fMakeDir(sAfter + "\docs")
fSaveText(sBefore + "\app.exe", "version 1")
fSaveText(sAfter + "\app.exe", "version 2")
fSaveText(sBefore + "\config\settings.ini", "[Base]" + CR + "Port=4900")
fSaveText(sAfter + "\config\settings.ini", "[Base]" + CR + "Port=4900")
fSaveText(sBefore + "\old.dll", "obsolete")
fSaveText(sAfter + "\docs\Manual.pdf", "new")
fSaveText(sAfter + "\ReadMe.txt", "hello")

aaBefore is associative array of Buffer = FolderHashes(sBefore)
aaAfter is associative array of Buffer = FolderHashes(sAfter)
arrReport is array of strings
FOR EACH bufHash, sRelative OF aaAfter
	IF NOT aaBefore[sRelative]..Exist THEN
		arrReport.Add("+ " + sRelative)
	ELSE IF aaBefore[sRelative] <> bufHash THEN
		arrReport.Add("* " + sRelative)
	END
END
FOR EACH bufHash, sRelative OF aaBefore
	IF NOT aaAfter[sRelative]..Exist THEN arrReport.Add("- " + sRelative)
END
ArraySort(arrReport, asAscending)
FOR EACH sLine OF arrReport
	Trace(sLine)
END
// expect: * app.exe
// expect: + ReadMe.txt
// expect: + docs\Manual.pdf
// expect: - old.dll
Trace(arrReport.Count + " difference(s) in " + aaAfter.Count + " file(s)") // expect: 4 difference(s) in 4 file(s)
// the keys keep their case (an associative array is case-sensitive by default)
Trace(aaAfter["config\settings.ini"] = aaBefore["config\settings.ini"], aaAfter["CONFIG\SETTINGS.INI"]..Exist) // expect: 1, 0
fRemoveDir(sBefore, frRecursive)
fRemoveDir(sAfter, frRecursive)

PROCEDURE FolderHashes(LOCAL sRoot is string)
aaResult is associative array of Buffer
sRoot = CompleteDir(sRoot)
FOR EACH STRING sFile OF fListFile(sRoot + "*.*", frRecursive) SEPARATED BY CR
	sRelative is string = Replace(Middle(sFile, Length(sRoot) + 1), "/", "\")
	aaResult[sRelative] = HashFile(HA_MD5, sFile)
END
RESULT aaResult
