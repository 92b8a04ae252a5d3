// A record an import refuses names the import function, not HAdd: ErrorInfo names the
// function the script called (HImportText, HImportJSON, HImportXML); the error keeps the
// record's own code (a duplicate, as HAdd gives it). Decided: docs/hfsql.md.
HReset(Product)
Product.Reference = "A1"
Product.Label = "Axe"
HAdd(Product)
HAdd(Product)
nDuplicate is int = HError()
sBase is string = fTempPath() + ["/"] + "wl_hfsql_imp_" + GetUUID()
HExportJSON(Product, sBase + ".json")
HExportXML(Product, sBase + ".xml")
fSaveText(sBase + ".txt", "A1;Axe")
Trace(HImportText(Product, sBase + ".txt", "Reference,Label"), HError() = nDuplicate)   // expect: 0, 1
Trace(Position(ErrorInfo(), "HImportText on Product: duplicate value") = 1, Position(ErrorInfo(), "HAdd"))   // expect: 1, 0
Trace(Position(HErrorInfo(), "record 1 of " + sBase + ".txt") > 0)   // expect: 1
Trace(HImportJSON(Product, sBase + ".json"), HError() = nDuplicate)   // expect: 0, 1
Trace(Position(ErrorInfo(errMessage), "HImportJSON on Product") = 1, Position(ErrorInfo(), "HAdd"))   // expect: 1, 0
Trace(HImportXML(Product, sBase + ".xml"), HError() = nDuplicate)   // expect: 0, 1
Trace(Position(HErrorInfo(), "HImportXML on Product") = 1, Position(HErrorInfo(), "HAdd"))   // expect: 1, 0
Trace(HNbRec(Product))   // expect: 1
fDelete(sBase + ".json")
fDelete(sBase + ".xml")
fDelete(sBase + ".txt")
