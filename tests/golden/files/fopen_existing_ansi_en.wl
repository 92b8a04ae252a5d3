// fOpen on an existing file without a byte-order mark whose bytes are not UTF-8 (an ANSI
// log, as a WINDEV application writes it): fWriteLine and fWrite add text in ANSI, so
// the file stays one text. They wrote UTF-8: "Noël" became 4E 6F C3 AB 6C beside the
// file's E9 bytes and the file read back "NoÃ«l" (*decided* 6 Dec 2026, INFERRED:
// docs/builtins.md "fOpen on an existing ANSI file"). A UTF-8 file gets UTF-8, a marked
// file its mark's encoding, a Buffer its bytes. French twin fouvre_fichier_ansi_existant_fr.wl.
sDir is string = fTempPath() + fSep() + "wl_golden_fopen_ansi_" + Random(1, 999999999)
fMakeDir(sDir)
sAnsi is string = sDir + fSep() + "ansi.log"
fSaveText(sAnsi, "Zoë" + CR, foAnsi)
nFile is int = fOpen(sAnsi, foWrite + foAdd)
fWriteLine(nFile, "Noël")
fWrite(nFile, "Été;")
fClose(nFile)
Trace(BufferToHexa(fLoadBuffer(sAnsi), NoGrouping, NoLine)) // expect: 5A6FEB0D0A4E6FEB6C0D0AC974E93B
nFile = fOpen(sAnsi, foReadWrite)
fSeek(nFile, 0, fpEnd)
fWriteLine(nFile, "fin")
fClose(nFile)
Trace(Replace(fLoadText(sAnsi), CR, "|")) // expect: Zoë|Noël|Été;fin|
// a UTF-8 file stays UTF-8
sUtf8 is string = sDir + fSep() + "utf8.log"
fSaveText(sUtf8, "Zoë" + CR)
nFile = fOpen(sUtf8, foWrite + foAdd)
fWriteLine(nFile, "Noël")
fClose(nFile)
Trace(fSize(sUtf8), Replace(fLoadText(sUtf8), CR, "|")) // expect: 13, Zoë|Noël|
// a binary file copied by fRead / fWrite keeps every byte
sBin is string = sDir + fSep() + "data.bin"
fSaveBuffer(sBin, HexaToBuffer("FF00E9C381"))
nIn is int = fOpen(sBin, foReadWrite)
buf is Buffer = fRead(nIn, 5)
fSeek(nIn, 0, fpEnd)
fWrite(nIn, buf)
fClose(nIn)
Trace(BufferToHexa(fLoadBuffer(sBin), NoGrouping, NoLine)) // expect: FF00E9C381FF00E9C381
fDelete(sDir + fSep() + "*.*")
fRemoveDir(sDir)
