// fOpen without an encoding mode (foRead alone) on the four kinds of text file a program
// meets, then fReadLine and fRead. *Decided* 6 Dec 2026, FS (docs/builtins.md
// "Encodings"; INFERRED: the stored fOpen page ?3036036 gives its syntaxes, not how a mode
// without foAnsi/foUnicode/foUTF8 reads; three more searches found no other):
// - a UTF-8 mark (EF BB BF) or a UTF-16 LE mark (FF FE) decides: fReadLine and fRead give
//   the text, the mark skipped;
// - no mark: fReadLine reads a line that is valid UTF-8 as UTF-8, any other as ANSI
//   (Windows-1252); fRead gives the bytes (one character per byte, as a buffer: a binary
//   file copied by fRead/fWrite keeps every byte). Counts are bytes: 6 bytes after a
//   UTF-8 mark are "Noël" and CR, after a UTF-16 mark three characters.
// French twin fouvre_sans_mode_encodages_fr.wl.
sDir is string = fTempPath() + fSep() + "wl_fopen_no_mode"
fMakeDir(sDir)
Trace(ReadBoth(sDir + fSep() + "bom_utf8.txt", HexaToBuffer("EFBBBF4E6FC3AB6C0D0A"))) // expect: Noël | 4 | 5 | 4E6FEB6C0D
Trace(ReadBoth(sDir + fSep() + "bom_utf16.txt", HexaToBuffer("FFFE4E006F00EB006C000D000A00"))) // expect: Noël | 4 | 3 | 4E6FEB
Trace(ReadBoth(sDir + fSep() + "utf8.txt", HexaToBuffer("4E6FC3AB6C0D0A"))) // expect: Noël | 4 | 6 | 4E6FC3AB6C0D
Trace(ReadBoth(sDir + fSep() + "ansi.txt", HexaToBuffer("4E6FEB6C0D0A"))) // expect: Noël | 4 | 6 | 4E6FEB6C0D0A
// a file whose lines mix both (an ANSI log a UTF-8 tool appended to): each line its own
fSaveBuffer(sDir + fSep() + "mixed.txt", HexaToBuffer("436166E90D0A436166C3A90D0A"))
h is int = fOpen(sDir + fSep() + "mixed.txt", foRead)
Trace(fReadLine(h), fReadLine(h), fReadLine(h) = EOT) // expect: Café, Café, 1
fClose(h)
fRemoveDir(sDir, frRecursive)
PROCEDURE ReadBoth(sFile is string, bufBytes is Buffer)
	fSaveBuffer(sFile, bufBytes)
	hFile is int = fOpen(sFile, foRead)
	sLine is string = fReadLine(hFile)
	fClose(hFile)
	hFile = fOpen(sFile, foRead)
	sRead is string = fRead(hFile, 6)
	fClose(hFile)
	RESULT sLine + " | " + Length(sLine) + " | " + Length(sRead) + " | " + BufferToHexa(sRead, NoGrouping, NoLine)
