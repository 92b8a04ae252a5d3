// An xmlDocument read from a file that declares ISO-8859-1 is written back so by XMLSave
// and XMLBuildString: its own declaration is kept, as a named document's is
// (XMLDocument), and the file's bytes are that encoding's. Before, XMLSave rewrote a
// supplier's ISO-8859-1 file in UTF-8 (declaration and bytes), which the program that
// reads it back in ISO-8859-1 no longer read ("LefÃ¨vre"). INFERRED (docs/builtins.md
// "XMLSave and the document's encoding"). XMLDocument given a file keeps the file's
// declaration too (it kept a text's only). A new document is UTF-8, as before.
sFile is string = CompleteDir(fTempPath()) + "wl_golden_xmlenc_" + Random(1, 999999999) + ".xml"
fSaveText(sFile, "<?xml version=""1.0"" encoding=""ISO-8859-1""?>" + CR + "<Customers><Customer id=""1""><Name>Lefèvre</Name></Customer></Customers>", foAnsi)
xDoc is xmlDocument = XMLOpen(sFile)
xDoc.Customers.Customer.City = "Orléans"
Trace(XMLSave(xDoc, sFile)) // expect: 1
Trace(Left(fLoadText(sFile), 43)) // expect: <?xml version="1.0" encoding="ISO-8859-1"?>
bufRaw is Buffer = fLoadBuffer(sFile)
Trace(Position(bufRaw, "Lef" + Charact(232) + "vre") > 0, Position(bufRaw, "Orl" + Charact(233) + "ans") > 0) // expect: 1, 1
xBack is xmlDocument = XMLOpen(sFile)
Trace(xBack.Customers.Customer.Name, xBack.Customers.Customer.City) // expect: Lefèvre, Orléans
// a named document given the file
XMLDocument("CUST", sFile)
Trace(Left(XMLBuildString("CUST"), 43)) // expect: <?xml version="1.0" encoding="ISO-8859-1"?>
XMLClose("CUST")
// a new document: UTF-8
xNew is xmlDocument
xNew.Order.Number = "F-1"
Trace(Left(XMLBuildString(xNew), 38)) // expect: <?xml version="1.0" encoding="UTF-8"?>
fDelete(sFile)
