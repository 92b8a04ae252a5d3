// Nightly log housekeeping as a batch job writes it: settings read from an INI file,
// log files listed with a callback procedure, old ones archived by name, sizes summed,
// a summary appended to a journal; indirection on the settings' names.
gsRoot is string = fTempPath() + fSep() + "wl_logs_demo"
gnKept is int
gnArchived is int
gnBytes is int
garrArchived is array of strings

fMakeDir(gsRoot)
fMakeDir(gsRoot + fSep() + "archive")
sIni is string = gsRoot + fSep() + "housekeeping.ini"
INIWrite("Logs", "KeepDays", "7", sIni)
INIWrite("Logs", "Pattern", "*.log", sIni)
INIWrite("Journal", "File", "journal.txt", sIni)

nKeepDays is int = Val(INIRead("Logs", "KeepDays", "30", sIni))
sPattern is string = INIRead("Logs", "Pattern", "*.*", sIni)
sMissing is string = INIRead("Logs", "Compress", "no", sIni)
Trace("keep " + nKeepDays + " days of " + sPattern + ", compress: " + sMissing)
// expect: keep 7 days of *.log, compress: no

// three logs: two old, one recent (the date is in the name, as the app writes it)
FOR EACH STRING sDay OF "20251101,20251120,20251128" SEPARATED BY ","
	fSaveText(gsRoot + fSep() + "app_" + sDay + ".log", Repeat("x", 100 * Val(Right(sDay, 2))))
END
fSaveText(gsRoot + fSep() + "readme.txt", "not a log")

dToday is Date = "20251130"
gdLimit is Date = dToday
gdLimit..Day -= nKeepDays
nFound is int = fListFile(gsRoot + fSep() + sPattern, Housekeep)
Trace(nFound + " logs, " + gnArchived + " archived, " + gnKept + " kept, " + gnBytes + " bytes archived")
// expect: 3 logs, 2 archived, 1 kept, 2100 bytes archived
ArraySort(garrArchived, asAscending)
Trace(ArrayToString(garrArchived, ", "))
// expect: app_20251101.log, app_20251120.log
Trace(fFileExist(gsRoot + fSep() + "archive" + fSep() + "app_20251101.log"), fFileExist(gsRoot + fSep() + "app_20251101.log"))
// expect: 1, 0

// the journal: its name read by indirection from a settings structure
STSettings is Structure
	sJournal is string
END
stSet is STSettings
stSet.sJournal = INIRead("Journal", "File", "", sIni)
sField is string = "stSet.sJournal"
sJournal is string = gsRoot + fSep() + {sField}
FOR EACH STRING sEntry OF DateToString(dToday, "YYYY-MM-DD") + ": " + gnArchived + " archived;" + ...
		DateToString(dToday + 1, "YYYY-MM-DD") + ": 0 archived" SEPARATED BY ";"
	nF is int = fOpen(sJournal, foWrite + foAdd + foCreateIfNotExist)
	IF nF = -1 THEN
		Error(ErrorInfo())
		BREAK
	END
	fWriteLine(nF, sEntry)
	fClose(nF)
END
sRead is string = fLoadText(sJournal)
Trace(ExtractLine(sRead, 1) + " | " + ExtractLine(sRead, 2))
// expect: 2025-11-30: 2 archived | 2025-12-01: 0 archived
fRemoveDir(gsRoot, frRecursive)
Trace(fDirectoryExist(gsRoot))
// expect: 0

PROCEDURE Housekeep(sDir is string, sName is string, nChange is int, nID is int)
	sDay is string = Middle(sName, 5, 8)
	IF sDay < gdLimit THEN
		gnBytes += fSize(sDir + sName)
		fMoveFile(sDir + sName, sDir + "archive" + fSep() + sName)
		ArrayAdd(garrArchived, sName)
		gnArchived++
	ELSE
		gnKept++
	END
	RESULT True
