// An input folder watched by polling: files newer than the last pass (kept in an INI
// file) are processed, then moved to "Done"; a file dated before the last pass is left
// (French twin surveillance_dossier_fr.wl; passes, issue 8 FS 5 Dec late night).
CONSTANT
	WATCH_SECTION = "Watch"
	LAST_KEY = "LastPass"
END
gsRoot is string = fTempPath() + fSep() + "wl_watch_" + Random(1, 999999999)
gsInbox is string = gsRoot + "\Inbox"
gsDone is string = gsRoot + "\Done"
gsIni is string = gsRoot + "\watch.ini"
fMakeDir(gsInbox)
fMakeDir(gsDone)
Trace("[" + INIRead(WATCH_SECTION, LAST_KEY, "", gsIni) + "]") // expect: []
fSaveText(gsInbox + "\ord_001.txt", "Order 1")
fSaveText(gsInbox + "\ord_002.txt", "Order 2")
fSaveText(gsInbox + "\readme.md", "ignore me")
Trace("Done: " + Poll()) // expect: Done: ord_001.txt, ord_002.txt
Trace("Left: " + Names(gsInbox)) // expect: Left: readme.md
Trace(Length(INIRead(WATCH_SECTION, LAST_KEY, "", gsIni))) // expect: 16
// (the pass stamped at the start of 2024: the files below never share its second)
INIWrite(WATCH_SECTION, LAST_KEY, "2024010100000000", gsIni)
fSaveText(gsInbox + "\ord_003.txt", "Order 3")
fDateTime(gsInbox + "\ord_003.txt", "20200101120000", fModification)
fSaveText(gsInbox + "\ORD_004.TXT", "Order 4")
Trace("Done: " + Poll()) // expect: Done: ORD_004.TXT
Trace("Left: " + Names(gsInbox)) // expect: Left: ord_003.txt, readme.md
Trace("Archived: " + Names(gsDone)) // expect: Archived: ord_001.txt, ord_002.txt, ORD_004.TXT
fRemoveDir(gsRoot, frRecursive)

PROCEDURE Poll() : string
LOCAL
	sLast is string = INIRead(WATCH_SECTION, LAST_KEY, "", gsIni)
	dtLast is DateTime
	sDone is string = ""
	dtFile is DateTime
IF sLast <> "" THEN
	dtLast = sLast
ELSE
	dtLast = "19000101000000"
END
FOR EACH STRING sFile OF fListFile(gsInbox + "\*.txt", frNotRecursive) SEPARATED BY CR
	dtFile = fDateTime(sFile, "", fModification)
	IF dtFile < dtLast THEN CONTINUE
	IF Process(sFile) THEN
		IF sDone <> "" THEN sDone += ", "
		sDone += fExtractPath(sFile, fFileName + fExtension)
	END
END
INIWrite(WATCH_SECTION, LAST_KEY, SysDateTime(), gsIni)
RESULT sDone

PROCEDURE Process(LOCAL sPath is string) : boolean
sContent is string = fLoadText(sPath)
IF ErrorOccurred THEN RESULT False
IF NOT fMoveFile(sPath, gsDone + "\" + fExtractPath(sPath, fFileName + fExtension)) THEN
	Trace("cannot move: " + ErrorInfo())
	RESULT False
END
RESULT sContent <> ""

PROCEDURE Names(sFolder is string) : string
sRes is string
FOR EACH STRING s OF fListFile(sFolder + "\*.*", frNotRecursive) SEPARATED BY CR
	sRes += [", "] + fExtractPath(s, fFileName + fExtension)
END
RESULT sRes
