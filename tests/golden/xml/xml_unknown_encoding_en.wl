// An XML file whose declaration names an encoding that does not exist (encoding="UTF-1616")
// is invalid XML: XMLOpen is the non-fatal error of any invalid XML (ErrorOccurred, an
// empty document) naming that encoding. The run stopped with an internal error.
sFile is string = CompleteDir(fTempPath()) + "wl_golden_xmlenc_" + Random(1, 999999999) + ".xml"
fSaveText(sFile, "<?xml version=""1.0"" encoding=""UTF-1616""?>" + CR + "<Stock/>", foUnicode)
xStock is xmlDocument = XMLOpen(sFile)
Trace(ErrorOccurred, ErrorInfo()) // expect: 1, XMLOpen: invalid XML (unknown encoding 'UTF-1616' in its declaration).
fSaveText(sFile, "<?xml version=""1.0"" encoding=""latin-99""?><Stock/>")
xStock = XMLOpen(sFile)
Trace(ErrorOccurred, ErrorInfo()) // expect: 1, XMLOpen: invalid XML (unknown encoding 'latin-99' in its declaration).
fDelete(sFile)
