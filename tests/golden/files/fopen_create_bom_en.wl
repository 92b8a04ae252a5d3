// fOpen with foCreate (or foCreateIfNotExist on a missing file) and foUnicode / foUTF8
// writes the byte-order mark as fCreate does, so fLoadText and fReadLine read the file
// back in its encoding (it wrote none: the UTF-16 file came back as "R\0e\0..."); fLoadText's
// second parameter forces an encoding (foAnsi, foUnicode, foUTF8)
name is string = CompleteDir(fTempPath()) + "wl_golden_fopen_bom_" + Random(1, 999999999) + ".txt"
h is int = fOpen(name, foCreate + foUnicode)
fWriteLine(h, "Réf")
fClose(h)
Trace(BufferToHexa(fLoadBuffer(name))) // expect: FF FE 52 00 E9 00 66 00 0D 00 0A 00
Trace(fLoadText(name) = "Réf" + CR) // expect: 1
h = fOpen(name, foCreate + foUTF8)
fWriteLine(h, "é")
fClose(h)
Trace(BufferToHexa(fLoadBuffer(name))) // expect: EF BB BF C3 A9 0D 0A
// an existing file opened with foCreateIfNotExist keeps its content: no second mark
h = fOpen(name, foCreateIfNotExist + foUTF8 + foAdd)
fWriteLine(h, "è")
fClose(h)
Trace(BufferToHexa(fLoadBuffer(name))) // expect: EF BB BF C3 A9 0D 0A C3 A8 0D 0A
// forced encodings
h = fOpen(name, foCreate + foAnsi)
fWriteLine(h, "Noël")
fClose(h)
Trace(fLoadText(name, foAnsi) = "Noël" + CR) // expect: 1
Trace(Length(fLoadText(name, foUTF8))) // expect: 6
fDelete(name)
