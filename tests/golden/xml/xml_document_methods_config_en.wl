// An application's XML configuration written and read back with the methods of the
// xmlDocument type: WINDEV's prefix syntax, where a family's function is called on its
// first parameter with the family's prefix dropped, so `xCfg.Save(sFile)` is
// XMLSave(xCfg, sFile) and `xCfg.BuildString()` XMLBuildString(xCfg). INFERRED: no
// stored page for <xmlDocument>.Save (searched in English and French); the rule is the
// one of the other types' methods (docs/builtins.md "xmlDocument methods"). Before,
// `xCfg.Save(sFile)` was "Unknown procedure or function 'Save'".
sFile is string = CompleteDir(fTempPath()) + "wl_golden_xmlcfg_" + Random(1, 999999999) + ".xml"
xCfg is xmlDocument
xCfg.Config.Database.Server = "db.example.org"
xCfg.Config.Database.Port = 4900
xCfg.Config.Invoices.Folder = "C:\Invoices\2026"
xCfg.Config.Invoices.Currency = "EUR"
Trace(xCfg.Save(sFile)) // expect: 1
xRead is xmlDocument = XMLOpen(sFile)
Trace(xRead.Config.Database.Server, xRead.Config.Database.Port + 1) // expect: db.example.org, 4901
Trace(xRead.Config.Invoices.Folder) // expect: C:\Invoices\2026
xRead.Config.Invoices.Currency = "CHF"
Trace(xRead.Save(sFile)) // expect: 1
xAgain is xmlDocument = XMLOpen(sFile)
Trace(xAgain.Config.Invoices.Currency) // expect: CHF
Trace(Length(xAgain.BuildString()) = Length(XMLBuildString(xAgain))) // expect: 1
Trace(Position(xAgain.BuildString(), "<Port>4900</Port>") > 0) // expect: 1
fDelete(sFile)
