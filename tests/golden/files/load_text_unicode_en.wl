// fLoadText reads a file as fReadLine does: a UTF-16 LE byte-order mark (what
// fCreate(..., foUnicode) writes) or a UTF-8 one decides the encoding
name is string = CompleteDir(fTempPath()) + "wl_golden_loadtext_" + Random(1, 999999999) + ".csv"
h is int = fCreate(name, foUnicode)
fWriteLine(h, "Ref;Label")
fWriteLine(h, "A2;Écrou")
fClose(h)
Trace(fSize(name)) // expect: 44
text is string = fLoadText(name)
Trace(Length(text), Left(text, 3)) // expect: 21, Ref
Trace(ExtractString(text, 2, CR)) // expect: A2;Écrou
h = fCreate(name, foUTF8)
fWriteLine(h, "café")
fClose(h)
Trace(fLoadText(name) = "café" + CR) // expect: 1
fDelete(name)
