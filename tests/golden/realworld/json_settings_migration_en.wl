// (method b) A JSON settings file with a version number, migrated from one version to the
// next up to the current one at start-up: a JSON read by fLoadText, WHILE and SWITCH on
// its version, one procedure per step rebuilding the JSON (its parameter changed for the
// caller), FOR EACH ELEMENT value, key, ..Exist, a .v1 copy kept before it is written
// over. French twin migration_parametres_json_fr.wl.
// v1 -> v2: "server" becomes "host", the port (a text) becomes a number
// v2 -> v3: "timeoutSeconds" added (30 by default), "legacyMode" dropped
CONSTANT
	CURRENT_VERSION = 3
END
sFile is string = fTempPath() + "\wl_app_settings_" + Random(1, 99999999) + ".json"
fSaveText(sFile, "{""version"": 1, ""server"": ""acc-srv"", ""port"": ""4900"", ""legacyMode"": true, ""users"": [""ADM"", ""Zoë""]}")

jSettings is JSON = fLoadText(sFile)
nReadVersion is int = jSettings.version
WHILE jSettings.version < CURRENT_VERSION
	SWITCH jSettings.version
		CASE 1 : MigrateV1ToV2(jSettings)
		CASE 2 : MigrateV2ToV3(jSettings)
		OTHER CASE
			Trace("unknown version " + jSettings.version)
			BREAK
	END
END
IF jSettings.version <> nReadVersion THEN
	fCopyFile(sFile, sFile + ".v" + nReadVersion)
	fSaveText(sFile, jSettings)
	Trace("migrated from version " + nReadVersion + " to " + jSettings.version) // expect: migrated from version 1 to 3
END
jRead is JSON = fLoadText(sFile)
Trace(fLoadText(sFile)) // expect: {"version":3,"host":"acc-srv","port":4900,"users":["ADM","Zoë"],"timeoutSeconds":30}
Trace(jRead.host + ":" + (jRead.port + 1), jRead.timeoutSeconds, jRead.legacyMode..Exist, jRead.server..Exist) // expect: acc-srv:4901, 30, 0, 0
Trace(jRead.users[2], jRead.users..Occurrence) // expect: Zoë, 2
Trace(fFileExist(sFile + ".v1")) // expect: 1
fDelete(sFile)
fDelete(sFile + ".v1")

PROCEDURE MigrateV1ToV2(j is JSON)
// v2 is rebuilt: the known keys only
jNew is JSON
jNew.version = 2
jNew.host = j.server
jNew.port = Val(j.port)
jNew.legacyMode = j.legacyMode
jNew.users = j.users
j = jNew

PROCEDURE MigrateV2ToV3(j is JSON)
jNew is JSON
FOR EACH ELEMENT vValue, sKey OF j
	IF sKey <> "legacyMode" THEN jNew[sKey] = vValue
END
IF NOT jNew.timeoutSeconds..Exist THEN jNew.timeoutSeconds = 30
jNew.version = 3
j = jNew
