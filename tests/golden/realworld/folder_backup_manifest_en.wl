// A folder backed up into a dated zip with a manifest, as a WINDEV developer writes it:
// a recursive fListFile into an array (StringToArray, ArraySort), the .tmp files left
// out, zipCreate / zipAddFile / zipMsgError, a manifest of names and sizes added to the
// archive, then read back in memory (zipExtractFile zipMemory) and walked by FOR EACH
// STRING. French twin: sauvegarde_zip_manifeste_fr.wl.
sBase is string = fTempPath() + "\wl_golden_backup_manifest_" + Random(1, 99999999)
CONSTANT
	EXCLUDED_EXT = ".tmp"
END

sSourceDir is string = sBase + [fSep] + "accounting"
sBackupDir is string = sBase + [fSep] + "backups"
fMakeDir(sSourceDir + "\Invoices")
fMakeDir(sBackupDir)
fSaveText(sSourceDir + "\journal.txt", "Entries of the month" + CR + "411000;1200.00")
fSaveText(sSourceDir + "\Invoices\INV0001.txt", "Invoice 1: 120.00 €")
fSaveText(sSourceDir + "\Invoices\INV0002.txt", "Invoice 2: 80.50 €")
fSaveText(sSourceDir + "\draft.tmp", "not to be backed up")

nFileCount is int
sZipFile is string = BackupFolder(sSourceDir, sBackupDir, "20261206", nFileCount)
Trace("Files backed up: " + nFileCount)
Trace(fExtractPath(sZipFile, fFileName + fExtension))

// read back: the manifest and the number of files
arc is zipArchive
IF zipOpen(arc, sZipFile) <> 0 THEN
	Error("Cannot open " + sZipFile)
	RETURN
END
Trace("In the archive: " + zipNbFile(arc))
bufManifest is Buffer = zipExtractFile(arc, "manifest.txt", zipMemory)
FOR EACH STRING sLine OF bufManifest SEPARATED BY CR
	IF sLine = "" THEN CONTINUE
	Trace(sLine)
END
zipClose(arc)
fRemoveDir(sBase, frRecursive)

// what it prints
// expect: Files backed up: 3
// expect: backup_20261206.zip
// expect: In the archive: 4
// expect: INV0001.txt	21
// expect: INV0002.txt	20
// expect: journal.txt	36

//----------------------------------------------------------------------
PROCEDURE BackupFolder(LOCAL sSource is string, LOCAL sDest is string, sDay is string, nCount is int)
sZip is string = sDest + "\backup_" + sDay + ".zip"
MyArchive is zipArchive
nRes is int = zipCreate(MyArchive, sZip)
IF nRes <> 0 THEN
	Trace("zipCreate: " + zipMsgError(nRes))
	RESULT ""
END
sList is string = fListFile(sSource + "\*.*", frRecursive)
arrFiles is array of strings
StringToArray(sList, arrFiles, CR)
ArraySort(arrFiles)
sManifest is string
nCount = 0
FOR EACH sFile OF arrFiles
	IF fExtractPath(sFile, fExtension) ~= EXCLUDED_EXT THEN CONTINUE
	nRes = zipAddFile(MyArchive, sFile)
	IF nRes = 0 THEN
		nCount++
		sManifest += [CR] + fExtractPath(sFile, fFileName + fExtension) + TAB + fSize(sFile)
	ELSE
		Trace("Refused: " + sFile + " (" + zipMsgError(nRes) + ")")
	END
END
sManifestFile is string = sDest + "\manifest.txt"
fSaveText(sManifestFile, sManifest)
zipAddFile(MyArchive, sManifestFile)
fDelete(sManifestFile)
zipClose(MyArchive)
RESULT sZip
