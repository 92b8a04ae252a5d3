// INIRead gives a value written between quotes without them (`Path="C:\Program
// Files\App"` is C:\Program Files\App), as Windows reads an INI file: its
// GetPrivateProfileString, which WINDEV's INIRead stands on, discards a value's enclosing
// single or double quotation marks (INFERRED from the Windows API's documented rule;
// docs/builtins.md "INIRead and quoted values"). Before, the quotes came with the value
// and the path built from it named no file. Spaces around the key and the value are
// dropped, as before; a quote inside the value stays.
sIni is string = CompleteDir(fTempPath()) + "wl_golden_iniquotes_" + Random(1, 999999999) + ".ini"
fSaveText(sIni, "[App]" + CR + "Path=""C:\Program Files\App""" + CR + "  Title  =  'Stock & Co'  " + CR + "Note=say ""hi"" now" + CR + "Empty=""""" + CR + "One=""")
Trace(INIRead("App", "Path", "?", sIni)) // expect: C:\Program Files\App
Trace("[" + INIRead("app", "TITLE", "?", sIni) + "]") // expect: [Stock & Co]
Trace(INIRead("App", "Note", "?", sIni)) // expect: say "hi" now
Trace("[" + INIRead("App", "Empty", "?", sIni) + "]") // expect: []
Trace(INIRead("App", "One", "?", sIni)) // expect: "
// INIWrite keeps what it is given; INIRead gives it back without the quotes
INIWrite("App", "Backup", """D:\Backups""", sIni)
Trace(INIRead("App", "Backup", "?", sIni)) // expect: D:\Backups
// a failure names the file as written (a file stands where its folder should be)
Trace(INIWrite("App", "Key", "v", sIni + "\settings.ini")) // expect: 0
Trace(Replace(ErrorInfo(), sIni, "<ini>")) // expect: INIWrite: cannot write '<ini>\settings.ini': Not a directory.
// a missing folder is not made: INIWrite fails, as Windows' WritePrivateProfileString does
sMissing is string = CompleteDir(fTempPath()) + "wl_golden_ini_nofolder_" + Random(1, 999999999)
Trace(INIWrite("App", "Key", "v", sMissing + "\settings.ini"), fDirectoryExist(sMissing)) // expect: 0, 0
Trace(INIRead("App", "Key", "none", sMissing + "\settings.ini")) // expect: none
fDelete(sIni)
