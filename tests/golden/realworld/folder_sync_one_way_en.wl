// One-way sync of a folder to a backup, with a report in a structure: what is missing
// or changed (size, modification date-time by fDateTime) is copied, the rest counted
// (recursive fListFile, substring [[n TO]], fExtractPath(fDrive + fDirectory),
// fCopyFile, ArraySort). Method b, FS 6 Dec 2026: fCopyFile dated the copy at the
// moment of copying (the 2nd Trace said 0); it now keeps the original's date, as
// Windows' CopyFile and fCopyDir do. French twin synchro_dossier_sens_unique_fr.wl.
STReport is Structure
	nCopied is int
	nUpToDate is int
	nErrors is int
	arrDetail is array of strings
END

sBase is string = fTempPath() + "\wl_golden_sync_" + Random(1, 999999999)
sSource is string = sBase + "\Documents"
sTarget is string = sBase + "\Backup"
fMakeDir(sSource + "\Invoices\2026")
fSaveText(sSource + "\readme.txt", "to read")
fSaveText(sSource + "\Invoices\2026\F0001.txt", "Invoice 1")
fSaveText(sSource + "\Invoices\2026\F0002.txt", "Invoice 2")

rep is STReport = Synchronize(sSource, sTarget)
Trace("Pass 1: " + rep.nCopied + " copied, " + rep.nUpToDate + " up to date, " + rep.nErrors + " error(s)") // expect: Pass 1: 3 copied, 0 up to date, 0 error(s)
// the copy keeps the original's modification date
Trace(fDateTime(sSource + "\Invoices\2026\F0001.txt") = fDateTime(sTarget + "\Invoices\2026\F0001.txt")) // expect: 1
rep = Synchronize(sSource, sTarget)
Trace("Pass 2: " + rep.nCopied + " copied, " + rep.nUpToDate + " up to date") // expect: Pass 2: 0 copied, 3 up to date
// an invoice changed (another size), a new one
fSaveText(sSource + "\Invoices\2026\F0002.txt", "Invoice 2 corrected")
fSaveText(sSource + "\Invoices\2026\F0003.txt", "Invoice 3")
rep = Synchronize(sSource, sTarget)
Trace("Pass 3: " + rep.nCopied + " copied, " + rep.nUpToDate + " up to date") // expect: Pass 3: 2 copied, 2 up to date
Trace(ArrayToString(rep.arrDetail, " | ")) // expect: Invoices\2026\F0002.txt | Invoices\2026\F0003.txt
// same size but newer: copied again too
fSaveText(sSource + "\readme.txt", "to reread")
fSaveText(sTarget + "\readme.txt", "to readXX")
fDateTime(sTarget + "\readme.txt", "20200101120000")
rep = Synchronize(sSource, sTarget)
Trace("Pass 4: " + rep.nCopied + " copied: " + rep.arrDetail[1]) // expect: Pass 4: 1 copied: readme.txt
Trace(fLoadText(sTarget + "\readme.txt")) // expect: to reread
fRemoveDir(sBase, frRecursive)

PROCEDURE Synchronize(LOCAL sFrom is string, LOCAL sTo is string) : STReport
	repPass is STReport
	sList is string = fListFile(CompleteDir(sFrom) + "*.*", frRecursive)
	FOR EACH STRING sFile OF sList SEPARATED BY CR
		sRelative is string = sFile[[Length(CompleteDir(sFrom)) + 1 TO]]
		sDestination is string = CompleteDir(sTo) + sRelative
		IF UpToDate(sFile, sDestination) THEN
			repPass.nUpToDate++
			CONTINUE
		END
		sFolder is string = fExtractPath(sDestination, fDrive + fDirectory)
		IF NOT fDirectoryExist(sFolder) THEN fMakeDir(sFolder)
		IF fCopyFile(sFile, sDestination) THEN
			repPass.nCopied++
			Add(repPass.arrDetail, sRelative)
		ELSE
			repPass.nErrors++
			Add(repPass.arrDetail, "ERROR " + sRelative + ": " + ErrorInfo(errMessage))
		END
	END
	ArraySort(repPass.arrDetail)
	RESULT repPass

PROCEDURE UpToDate(sFile, sCopy) : boolean
	IF NOT fFileExist(sCopy) THEN RESULT False
	IF fSize(sFile) <> fSize(sCopy) THEN RESULT False
	dtSource is DateTime = fDateTime(sFile, "", fModification)
	dtCopy is DateTime = fDateTime(sCopy, "", fModification)
	RESULT dtSource <= dtCopy
