// A path built from a folder the system gives (fTempPath, fExeDir, fCurrentDir: POSIX on
// POSIX) plus a name the program wrote in another case finds the file, as on Windows:
// the exact name first, then the one name differing only in case (INFERRED, 6 Dec 2026,
// docs/builtins.md "Case in paths")
sFolder is string = CompleteDir(fTempPath()) + "wl_webcode_case_" + Random(1, 999999999)
fMakeDir(sFolder)
fSaveText(CompleteDir(sFolder) + "Settings.ini", "[App]" + CR + "Lang=EN")
Trace(fLoadText(CompleteDir(sFolder) + "settings.ini") = "") // expect: 0
Trace(INIRead("App", "Lang", "?", CompleteDir(sFolder) + "SETTINGS.INI")) // expect: EN
Trace(fFileExist(sFolder + "/settings.INI")) // expect: 1
// written over a name in another case: the one file keeps its name
fSaveText(sFolder + "/SETTINGS.ini", "[App]" + CR + "Lang=FR")
Trace(INIRead("App", "Lang", "?", sFolder + "/Settings.ini")) // expect: FR
Trace(fListFile(CompleteDir(sFolder) + "*.*", frNotRecursive) = CompleteDir(sFolder) + "Settings.ini") // expect: 1
// a name that matches nothing in any case is still missing
Trace(fFileExist(sFolder + "/Setting.ini")) // expect: 0
fDelete(sFolder + "/settings.ini")
Trace(fFileExist(sFolder + "/Settings.ini")) // expect: 0
fRemoveDir(sFolder)
