// Help page INIWrite (?3013039): its example .INI file and its second example as
// written, in the temporary folder in place of C:\Temp (the first stores a window
// list's selection: IDE only); an INIRead shows what it wrote. Then its syntax: an
// empty keyword deletes the section (stated), an empty value deletes the keyword (our
// reading of "create or delete a keyword", docs/builtins.md).
sIni is string = fTempPath() + fSep() + "wl_helppage_ExamplesLST.INI"
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
// Write into the [WD examples] section
INIWrite("WD examples", "Name3", "WDExample", sIni)
Trace(INIRead("WD examples", "Name3", "", sIni)) // expect: WDExample
// The section is created if it does not exist
Trace(INIWrite("WD new", "Name1", "WDTest", sIni)) // expect: 1
Trace(INIRead("WD new", "Name1", "", sIni)) // expect: WDTest
// An empty keyword deletes the section
Trace(INIWrite("Description of WDInstall", "", "", sIni)) // expect: 1
Trace(INIRead("Description of WDInstall", "LST", "none", sIni)) // expect: none
// An empty value deletes the keyword
INIWrite("WD examples", "Name1", "", sIni)
Trace(INIRead("WD examples", "Name1", "none", sIni)) // expect: none
Trace(Replace(INIRead("", "", "", sIni), CR, ", ")) // expect: WD examples, WD new
fDelete(sIni)
