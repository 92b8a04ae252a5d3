// Help page INIRead (?3013043): its example .INI file and its first call, as written
// (the section asked as "WD Examples", the file's [WD examples]), with a Trace of the
// value the file gives. The file is written first, in the temporary folder in place of
// C:\Temp; the second example selects in a window's list (IDE only).
sIni is string = fTempPath() + fSep() + "ExamplesLST.INI"
sContent is string = [
[WD examples]
Name1 = WDInstall
Name2 = WDBench
[Description of WDInstall]
Caption = Use the control panel of Windows
LST = 43
Page = 12
]
fSaveText(sIni, sContent)
// Read in the [WD Examples] section
Trace(INIRead("WD Examples", "Name2", "", sIni)) // expect: WDBench
Trace(Val(INIRead("Description of WDInstall", "LST", "", sIni)) + 1) // expect: 44
Trace(INIRead("WD Examples", "Name3", "none", sIni)) // expect: none
fDelete(sIni)
