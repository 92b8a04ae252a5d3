// (method b) A "key = value" configuration file (.properties / .env) read into an
// associative array (ccIgnoreCase): # and ; comments, empty lines, quotes, spaces around
// =, an = inside a value, a key given twice (the last one wins), then integers with
// defaults (..Exist, IsNumeric). French twin fichier_config_cle_valeur_fr.wl.
sFile is string = fTempPath() + "\wl_conf_" + Random(1, 99999999) + ".conf"
fSaveText(sFile, [
# Database connection
SERVER = prod-srv
Port=4900
; old setting
User = "Accounts Admin"
  TIMEOUT_SECONDS   =   45
Export_Path="C:\Exports\Accounts=2025"
port = 4901

a line without an equals sign
]
)
aaConf is associative array (ccIgnoreCase) of strings
nSkipped is int
FOR EACH STRING sLine OF fLoadText(sFile) SEPARATED BY CR
	sLine = NoSpace(sLine)
	IF sLine = "" OR sLine[[1]] IN ("#", ";") THEN CONTINUE
	nEquals is int = Position(sLine, "=")
	IF nEquals = 0 THEN
		nSkipped++
		CONTINUE
	END
	sKey is string = NoSpace(Left(sLine, nEquals - 1))
	sValue is string = NoSpace(Middle(sLine, nEquals + 1))
	IF Length(sValue) >= 2 _AND_ sValue[[1]] = """" _AND_ Right(sValue, 1) = """" THEN
		sValue = Middle(sValue, 2, Length(sValue) - 2)
	END
	aaConf[sKey] = sValue
END
Trace(aaConf.Count + " keys, " + nSkipped + " line(s) skipped") // expect: 5 keys, 1 line(s) skipped
Trace(aaConf["server"], aaConf["PORT"], aaConf["user"], aaConf["export_path"]) // expect: prod-srv, 4901, Accounts Admin, C:\Exports\Accounts=2025
nPort is int = ReadInt(aaConf, "Port", 4900)
nTimeout is int = ReadInt(aaConf, "timeout_seconds", 30)
nRetries is int = ReadInt(aaConf, "retries", 3)
Trace(nPort + 1, nTimeout, nRetries) // expect: 4902, 45, 3
fDelete(sFile)

PROCEDURE ReadInt(aaValues is associative array of strings, sKey is string, nDefault is int) : int
IF NOT aaValues[sKey]..Exist THEN RESULT nDefault
IF NOT IsNumeric(aaValues[sKey]) THEN RESULT nDefault
RESULT Val(aaValues[sKey])
