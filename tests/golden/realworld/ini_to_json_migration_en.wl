// Settings migration: the old INI file becomes a JSON file. Sections and keys read by
// INIRead("", "") and INIRead(section, ""), numeric values kept as numbers (IsNumeric,
// Val), a JSON built by dynamic members (vConfig[sSection][sKey]) and saved formatted
// (JSONToString psdFormatting), then read back by the new version (v.Connection.Port,
// ..Type). French twin: migration_ini_json_fr.wl.
sBase is string = fTempPath() + "\wl_golden_app_" + Random(1, 99999999)
sIni is string = sBase + ".ini"
sJson is string = sBase + ".json"
fSaveText(sIni, "; application settings" + CR + ...
	"[Connection]" + CR + "Server=srv-accounts" + CR + "Port=4900" + CR + "Database=Accounts 2026" + CR + ...
	"[Display]" + CR + "Language=en" + CR + "Theme=Dark" + CR + "FontSize=11" + CR + ...
	"[Export]" + CR + "Separator=;" + CR + "WithHeader=1" + CR)

vConfig is JSON
sSections is string = INIRead("", "", "", sIni)
FOR EACH STRING sSection OF sSections SEPARATED BY CR
	IF sSection = "" THEN CONTINUE
	sKeys is string = INIRead(sSection, "", "", sIni)
	FOR EACH STRING sKey OF sKeys SEPARATED BY CR
		IF sKey = "" THEN CONTINUE
		sValue is string = INIRead(sSection, sKey, "", sIni)
		IF IsNumeric(sValue) THEN
			vConfig[sSection][sKey] = Val(sValue)
		ELSE
			vConfig[sSection][sKey] = sValue
		END
	END
END
fSaveText(sJson, JSONToString(vConfig, psdFormatting))
Trace(fFileExist(sJson))

// read back as the new version will
vRead is JSON = fLoadText(sJson)
Trace(vRead.Connection.Server, vRead.Connection.Port + 1, vRead.Connection.Database)
Trace(vRead.Display.Theme, vRead.Display.FontSize * 2)
Trace(vRead.Export."Separator", vRead.Export.WithHeader = 1)
Trace(vRead.Connection.Port..Type = wlInt, vRead.Connection.Database..Type = wlString)
sCompact is string = vRead
Trace(Left(sCompact, 46))
Trace(StringCount(fLoadText(sJson), CR) > 5)
fDelete(sIni)
fDelete(sJson)

// what it prints
// expect: 1
// expect: srv-accounts, 4901, Accounts 2026
// expect: Dark, 22
// expect: ;, 1
// expect: 1, 1
// expect: {"Connection":{"Server":"srv-accounts","Port":
// expect: 1
