// (method b) A setting looked up in order: the environment variable WL_ACCOUNTS_<KEY>
// (SysEnvironment gives the line "NAME=value", VERIFIED ?3073014), the user's section of
// the INI file ("[User:zoe]"), the [Default] section, then the program's value; the
// source comes back through a parameter (passed by reference), a local CONSTANT marks
// "not found". French twin reglage_chaine_recherche_fr.wl.
sIni is string = fTempPath() + "\wl_settings_" + Random(1, 99999999) + ".ini"
fSaveText(sIni, "[Default]" + CR + "Printer=PDF" + CR + "Lines=50" + CR + "[User:zoe]" + CR + "Lines=80" + CR)
sUser is string = "zoe"
FOR EACH sKey OF ["Printer", "Lines", "Language", "Path"]
	sSource is string
	sValue is string = Setting(sIni, sUser, sKey, sSource)
	Trace(sKey + " = " + sValue + " (" + sSource + ")")
END
// expect: Printer = PDF (INI default)
// expect: Lines = 80 (user zoe)
// expect: Language = en (program value)
// expect: Path =  (program value)
// a variable that is set: its value after the first "=" (PATH is set wherever this runs)
sLine is string = SysEnvironment("PATH")
Trace(Left(sLine, 5), Middle(sLine, Position(sLine, "=") + 1) <> "") // expect: PATH=, 1
fDelete(sIni)

PROCEDURE Setting(sIniFile, sUserName, sKey, sSource)
CONSTANT
	NOT_FOUND = "§§"
END
// SysEnvironment gives the line "NAME=value"
sEnvLine is string = SysEnvironment("WL_ACCOUNTS_" + Upper(sKey))
IF sEnvLine <> "" THEN
	sSource = "environment"
	RESULT Middle(sEnvLine, Position(sEnvLine, "=") + 1)
END
sFound is string = INIRead("User:" + sUserName, sKey, NOT_FOUND, sIniFile)
IF sFound <> NOT_FOUND THEN
	sSource = "user " + sUserName
	RESULT sFound
END
sFound = INIRead("Default", sKey, NOT_FOUND, sIniFile)
IF sFound <> NOT_FOUND THEN
	sSource = "INI default"
	RESULT sFound
END
sSource = "program value"
SWITCH Lower(sKey)
	CASE "language" : RESULT "en"
	OTHER CASE : RESULT ""
END
