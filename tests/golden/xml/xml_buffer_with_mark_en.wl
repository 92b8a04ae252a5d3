// An XML answer given as its bytes with a byte-order mark (a file read by fLoadBuffer,
// the content of an HTTP answer from a service that writes UTF-8 with a mark, or a file
// saved in UTF-16), given to XMLOpen without fromString or to XMLDocument: it is XML text,
// as a text starting with "<" is. The mark made it a file name: "cannot open
// 'ï»¿<?xml ...': No such file or directory", and for UTF-16 "embedded null byte".
// INFERRED (docs/builtins.md "A source with a byte-order mark").
sFile is string = CompleteDir(fTempPath()) + "wl_golden_xmlmark_" + Random(1, 999999999) + ".xml"
sAnswer is string = "<?xml version=""1.0"" encoding=""UTF-8""?><Rates><Rate currency=""CHF"">0.9412</Rate><Label>Franc suisse €</Label></Rates>"
fSaveBuffer(sFile, HexaToBuffer("EFBBBF") + StringToUTF8(sAnswer))
bufAnswer is Buffer = fLoadBuffer(sFile)
Trace(BufferToHexa(Left(bufAnswer, 4), NoGrouping, NoLine)) // expect: EFBBBF3C
xRates is xmlDocument = XMLOpen(bufAnswer)
Trace(xRates.Rates.Rate:currency, xRates.Rates.Rate * 100, xRates.Rates.Label, ErrorOccurred) // expect: CHF, 94.12, Franc suisse €, 0
Trace(XMLDocument("RATES", bufAnswer)) // expect: 1
Trace(XMLFind("RATES", "Label"), XMLData("RATES")) // expect: 1, Franc suisse €
XMLClose("RATES")
// the same answer saved in UTF-16 (its mark FF FE, its declaration saying so), read back
// as bytes
fSaveText(sFile, Replace(sAnswer, "UTF-8", "UTF-16"), foUnicode)
bufWide is Buffer = fLoadBuffer(sFile)
Trace(BufferToHexa(Left(bufWide, 4), NoGrouping, NoLine)) // expect: FFFE3C00
xWide is xmlDocument = XMLOpen(bufWide)
Trace(xWide.Rates.Label, ErrorOccurred) // expect: Franc suisse €, 0
// a path is still a path
xFromFile is xmlDocument = XMLOpen(sFile)
Trace(xFromFile.Rates.Rate) // expect: 0.9412
fDelete(sFile)
