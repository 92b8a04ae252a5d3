// Multi-site configuration in an INI file: the sections are the sites, each read with
// defaults (a missing key keeps its default), one value corrected and written back, a
// new site added, then the list of sections and of one section's keywords; a key given
// an empty value is removed. Method b, FS 6 Dec 2026: passes as written. French twin
// ini_sites_fr.wl.
STSite is Structure
	Name is string
	Server is string
	Port is int
	Timeout is real
	Active is boolean
END

sIni is string = fTempPath() + "\wl_sites_" + GetIdentifier() + ".ini"
fSaveText(sIni, "[Paris]" + CR + "Server=srv-par.local" + CR + "Port=8443" + CR + ...
	"Active=1" + CR + CR + "[Lyon]" + CR + "Server = srv-lyo.local " + CR + "Timeout=2.5" + CR + ...
	"; commented out" + CR + ";Port=1" + CR)

arrSites is array of STSite
sSections is string = INIRead("", "", "", sIni)
FOR EACH STRING sSection OF sSections SEPARATED BY CR
	IF sSection = "" THEN CONTINUE
	stSite is STSite
	stSite.Name = sSection
	stSite.Server = INIRead(sSection, "Server", "localhost", sIni)
	stSite.Port = Val(INIRead(sSection, "Port", "443", sIni))
	stSite.Timeout = Val(INIRead(sSection, "Timeout", "30", sIni))
	stSite.Active = (INIRead(sSection, "Active", "0", sIni) = "1")
	ArrayAdd(arrSites, stSite)
END
FOR EACH stS OF arrSites
	Trace(stS.Name, "[" + stS.Server + "]", stS.Port, stS.Timeout, stS.Active)
END
// expect: Paris, [srv-par.local], 8443, 30, 1
// expect: Lyon, [srv-lyo.local], 443, 2.5, 0
// Lyon becomes active on port 9443; Nantes is added
INIWrite("Lyon", "Active", "1", sIni)
INIWrite("Lyon", "Port", 9443, sIni)
INIWrite("Nantes", "Server", "srv-nte.local", sIni)
Trace(Replace(INIRead("", "", "", sIni), CR, "|")) // expect: Paris|Lyon|Nantes
Trace(Replace(INIRead("Lyon", "", "", sIni), CR, "|")) // expect: Server|Timeout|Active|Port
Trace(INIRead("Lyon", "Port", "", sIni), INIRead("lyon", "port", "", sIni)) // expect: 9443, 9443
// a key emptied, a key removed (INIWrite with an empty value)
INIWrite("Paris", "Port", "", sIni)
Trace("[" + INIRead("Paris", "Port", "default", sIni) + "]") // expect: [default]
Trace(Replace(fLoadText(sIni), CR, "|"))
// expect: [Paris]|Server=srv-par.local|Active=1||[Lyon]|Server = srv-lyo.local |Timeout=2.5|; commented out|;Port=1|Active=1|Port=9443||[Nantes]|Server=srv-nte.local|
fDelete(sIni)
