// INIWrite writes a new file with CR LF line ends, as Windows writes an INI file; an
// existing file keeps its own line ends: one written with LF only (on Linux, by Git)
// stays LF only, the lines added or changed included. Every line was rewritten with
// CR LF, the file's own lines included (*decided* 6 Dec 2026, INFERRED: docs/builtins.md
// "INI files"). French twin fins_de_ligne_ini_fr.wl.
sFolder is string = CompleteDir(fTempPath()) + "wl_golden_inilf_" + Random(1, 999999999)
fMakeDir(sFolder)
sNew is string = sFolder + "\new.ini"
INIWrite("Database", "Server", "srv-sql", sNew)
INIWrite("Database", "Port", "4900", sNew)
bufNew is Buffer = fLoadBuffer(sNew)
Trace(StringCount(bufNew, CR), StringCount(bufNew, Charact(10))) // expect: 3, 3
Trace(bufNew = "[Database]" + CR + "Server=srv-sql" + CR + "Port=4900" + CR) // expect: 1
// a file written with LF only keeps LF only
sLinux is string = sFolder + "\linux.ini"
fSaveText(sLinux, "; settings" + Charact(10) + "[Database]" + Charact(10) + "Server=old" + Charact(10))
INIWrite("Database", "Server", "srv-new", sLinux)
INIWrite("Mail", "Host", "smtp.example.com", sLinux)
bufLinux is Buffer = fLoadBuffer(sLinux)
Trace(StringCount(bufLinux, Charact(13))) // expect: 0
Trace(Replace(fLoadText(sLinux), Charact(10), "|")) // expect: ; settings|[Database]|Server=srv-new||[Mail]|Host=smtp.example.com|
Trace(INIRead("Mail", "Host", "", sLinux)) // expect: smtp.example.com
// a file with CR LF keeps CR LF
sWindows is string = sFolder + "\windows.ini"
fSaveText(sWindows, "[Database]" + CR + "Server=old" + CR)
INIWrite("Database", "User", "admin", sWindows)
bufWin is Buffer = fLoadBuffer(sWindows)
Trace(bufWin = "[Database]" + CR + "Server=old" + CR + "User=admin" + CR) // expect: 1
fDelete(sNew)
fDelete(sLinux)
fDelete(sWindows)
fRemoveDir(sFolder)
