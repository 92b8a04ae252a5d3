// Files older than N days archived into Archives\YYYY\MM by their modification date
// (fDateTime to date them, fDate(..., "", fModification), DateDifference, ..Year /
// ..Month, fMakeDir, fMoveFile which keeps the date), a report sorted ignoring case
// (StringToArray, ArraySort(t, asAscending + ccIgnoreCase)), recent files left. Method
// b, FS 6 Dec 2026: passes as written. French twin archivage_anciens_fichiers_fr.wl.
CONSTANT
	AGE_DAYS = 30
END
sRoot is string = fTempPath() + "\wl_golden_archiving_" + Random(1, 999999999)
sInbox is string = sRoot + "\Incoming"
fMakeDir(sInbox)
arrFiles is array of strings = ["dn_0001.pdf", "dn_0002.pdf", "invoice_0150.pdf", "recent.txt", "Old Export.CSV"]
arrDates is array of strings = ["20260115083000", "20260220170000", "20251231235900", "", "20240601120000"]
FOR i = 1 _TO_ arrFiles..Occurrence
	fSaveText(sInbox + "\" + arrFiles[i], "content " + i)
	IF arrDates[i] <> "" THEN fDateTime(sInbox + "\" + arrFiles[i], arrDates[i])
END

dReference is Date = "20261206"
nMoved is int
sReport is string
FOR EACH STRING sFile OF fListFile(sInbox + "\*.*") SEPARATED BY CR
	dModified is Date = fDate(sFile, "", fModification)
	IF DateDifference(dModified, dReference) <= AGE_DAYS THEN CONTINUE
	sFolder is string = sRoot + "\Archives\" + dModified..Year + "\" + NumToString(dModified..Month, "02d")
	IF NOT fDirectoryExist(sFolder) THEN
		IF NOT fMakeDir(sFolder) THEN
			Trace("Cannot create: " + sFolder)
			CONTINUE
		END
	END
	IF fMoveFile(sFile, sFolder + "\" + fExtractPath(sFile, fFileName + fExtension)) THEN
		nMoved++
		sReport += [CR] + fExtractPath(sFile, fFileName + fExtension) + " -> " + dModified..Year + "\" + NumToString(dModified..Month, "02d")
	ELSE
		Trace("Failed: " + ErrorInfo(errMessage))
	END
END
Trace(nMoved + " file(s) archived") // expect: 4 file(s) archived
// expect: dn_0001.pdf -> 2026\01
// expect: dn_0002.pdf -> 2026\02
// expect: invoice_0150.pdf -> 2025\12
// expect: Old Export.CSV -> 2024\06
arrLines is array of strings
StringToArray(sReport, arrLines, CR)
ArraySort(arrLines, asAscending + ccIgnoreCase)
FOR EACH s OF arrLines
	Trace(s)
END
Trace("Left: " + Replace(fListFile(sInbox + "\*.*", frNotRecursive), sInbox + "\", "")) // expect: Left: recent.txt
Trace(fFileExist(sRoot + "\Archives\2024\06\Old Export.CSV"), fDate(sRoot + "\Archives\2024\06\Old Export.CSV")) // expect: 1, 20240601
fRemoveDir(sRoot, frRecursive)
