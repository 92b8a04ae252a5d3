// A nightly backup as a WINDEV developer writes it in English: the data folder zipped
// (zipAddDirectory zipRelative) under a timestamped name, its SHA-256 (HashFile,
// BufferToHexa NoGrouping NoLine) written beside it and checked (HashCheckFile), then
// the last 7 kept: fListFile into an array (StringToArray), ArraySort descending,
// fDelete of the older ones. French twin: sauvegarde_rotation_fr.wl.
CONSTANT
	BACKUPS_KEPT = 7
	PREFIX = "Backup_"
END
sBase is string = CompleteDir(fTempPath()) + "wl_golden_backup_" + Random(1, 99999999)
sData is string = sBase + "\Data"
sBackups is string = sBase + "\Backups"
fMakeDir(sData + "\Customers")
fMakeDir(sBackups)
fSaveText(sData + "\Customers\customers.csv", "1;Smith;London" + CR + "2;Lefèvre;Lyon")
fSaveText(sData + "\settings.ini", "[App]" + CR + "Version=3")
// ten older backups
FOR i = 1 TO 10
	fSaveText(sBackups + "\" + PREFIX + "202611" + NumToString(i, "02d") + "_2300.zip", "old " + i)
END
sArchive is string = BackupFolder(sData, sBackups, "20261205_2300")
Trace(fExtractPath(sArchive, fFileName + fExtension), fSize(sArchive) > 0) // expect: Backup_20261205_2300.zip, 1
sDigest is string = BufferToHexa(HashFile(HA_SHA_256, sArchive), NoGrouping, NoLine)
Trace(Length(sDigest)) // expect: 64
fSaveText(sArchive + ".sha256", sDigest)
Trace(HashCheckFile(HA_SHA_256, sArchive, HexaToBuffer(fLoadText(sArchive + ".sha256")))) // expect: 1
Trace("Deleted: " + PurgeBackups(sBackups, BACKUPS_KEPT)) // expect: Deleted: 4
FOR EACH STRING sFile OF fListFile(sBackups + "\" + PREFIX + "*.zip", frNotRecursive) SEPARATED BY CR
	Trace(fExtractPath(sFile, fFileName + fExtension))
END
// expect: Backup_20261105_2300.zip
// expect: Backup_20261106_2300.zip
// expect: Backup_20261107_2300.zip
// expect: Backup_20261108_2300.zip
// expect: Backup_20261109_2300.zip
// expect: Backup_20261110_2300.zip
// expect: Backup_20261205_2300.zip
Trace(fFileExist(sArchive + ".sha256")) // expect: 1
// the content checked
zArch is zipArchive
IF zipOpen(zArch, sArchive) = 0 THEN
	Trace(zipNbFile(zArch), zipFindFile(zArch, "Customers\customers.csv") > 0) // expect: 2, 1
	zipClose(zArch)
END
fRemoveDir(sBase, frRecursive)

PROCEDURE BackupFolder(sSource, sDestination, sStamp)
sZipName is string = CompleteDir(sDestination) + PREFIX + sStamp + ".zip"
MyArchive is zipArchive
nRes is int = zipCreate(MyArchive, sZipName)
IF nRes <> 0 THEN
	Trace("Cannot create: " + zipMsgError(nRes))
	RESULT ""
END
nRes = zipAddDirectory(MyArchive, sSource, True, zipRelative)
IF nRes <> 0 THEN Trace("Error: " + zipMsgError(nRes))
zipClose(MyArchive)
RESULT sZipName

PROCEDURE PurgeBackups(sFolder, nKept is int)
arrFiles is array of strings
StringToArray(fListFile(CompleteDir(sFolder) + PREFIX + "*.zip", frNotRecursive), arrFiles, CR)
ArraySort(arrFiles, asDescending)
nDeleted is int
FOR i = nKept + 1 TO arrFiles..Occurrence
	IF fDelete(arrFiles[i]) THEN
		nDeleted++
		IF fFileExist(arrFiles[i] + ".sha256") THEN fDelete(arrFiles[i] + ".sha256")
	END
END
RESULT nDeleted
