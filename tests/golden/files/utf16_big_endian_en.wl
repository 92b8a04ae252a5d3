// A UTF-16 big-endian file (its byte-order mark FE FF, as Java or a Mac tool writes it)
// is text: fLoadText, fReadLine and fRead give its characters; before, the mark was not
// known and they gave "þÿ" and a NUL before each letter. foUnicode on such a file reads
// it big-endian too: the mark gives the byte order (INFERRED: docs/builtins.md "Encodings")
path is string = CompleteDir(fTempPath()) + "wl_golden_utf16be_" + Random(1, 999999999) + ".txt"
fSaveBuffer(path, HexaToBuffer("FEFF005A006F00EB003B00C9000D000A004E006F00EB006CD83DDE00"))
Trace(fLoadText(path) = "Zoë;É" + CR + "Noël😀") // expect: 1
Trace(fLoadText(path, foUnicode) = "Zoë;É" + CR + "Noël😀") // expect: 1
h is int = fOpen(path, foRead)
Trace(fRead(h, 6)) // expect: Zoë
Trace(fReadLine(h)) // expect: ;É
Trace(fRead(h, 7)) // expect: Noël
Trace(fRead(h, 2)) // expect: 😀
Trace(fReadLine(h) = EOT) // expect: 1
fClose(h)
// written back in its own byte order
h = fOpen(path, foWrite + foAdd)
fWriteLine(h, "!")
fClose(h)
Trace(BufferToHexa(Right(fLoadBuffer(path), 6))) // expect: 00 21 00 0D 00 0A
fDelete(path)
