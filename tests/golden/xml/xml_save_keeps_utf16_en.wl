// A document read from a UTF-16 file (its mark FF FE, its declaration saying UTF-16),
// edited and saved by XMLSave is written in UTF-16 again, as one read in ISO-8859-1 is
// written in ISO-8859-1 (docs/builtins.md "XMLSave and the document's encoding"). The
// declaration of a UTF-16 text was not found, so the file was rewritten in UTF-8.
// INFERRED.
sFile is string = CompleteDir(fTempPath()) + "wl_golden_xml16_" + Random(1, 999999999) + ".xml"
fSaveText(sFile, "<?xml version=""1.0"" encoding=""UTF-16""?>" + CR + "<Stock><Item ref=""A1"">Théière €</Item></Stock>", foUnicode)
xStock is xmlDocument = XMLOpen(sFile)
Trace(xStock.Stock.Item, xStock.Stock.Item:ref) // expect: Théière €, A1
xStock.Stock.Item:qty = 12
Trace(XMLSave(xStock, sFile)) // expect: 1
Trace(BufferToHexa(Left(fLoadBuffer(sFile), 4), NoGrouping, NoLine)) // expect: FFFE3C00
Trace(Left(XMLBuildString(xStock), 39)) // expect: <?xml version="1.0" encoding="UTF-16"?>
xBack is xmlDocument = XMLOpen(sFile)
Trace(xBack.Stock.Item, xBack.Stock.Item:qty) // expect: Théière €, 12
fDelete(sFile)
