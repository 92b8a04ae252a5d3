// fRead in each open mode (INFERRED, no fRead page in the stored copy: docs/builtins.md
// "Encodings", "fRead by open mode"): in a file of a known encoding it gives the file's
// text, decoded, as fReadLine does; its count stays in bytes (as fSeek's and fSize's)
// and a count ending inside a character reads the rest of that character. Without a
// mode and without a byte-order mark it gives the bytes (a buffer: one character per
// byte). Before, foUTF8 gave "ZoÃ«" and foAnsi gave the byte 80 for "€".
sFile is string = CompleteDir(fTempPath()) + "wl_fread_modes_" + Random(1, 999999999) + ".txt"
// foUTF8 on a UTF-8 file written without a mark
fSaveBuffer(sFile, StringToUTF8("Zoë €5"))
h is int = fOpen(sFile, foRead + foUTF8)
Trace(fRead(h, 3)) // expect: Zoë
Trace("[" + fRead(h, 2) + "]") // expect: [ €]
Trace(fRead(h, 10)) // expect: 5
Trace(fRead(h, 10) = "") // expect: 1
fClose(h)
// the same file without a mode: its bytes
h = fOpen(sFile, foRead)
s is string = fRead(h, 4)
Trace(Length(s), Asc(s[[3]]), Asc(s[[4]])) // expect: 4, 195, 171
Trace(UTF8ToString(s)) // expect: Zoë
fClose(h)
// a UTF-8 file with its mark: text, without a mode too
fSaveText(sFile, "Crème brûlée", foUTF8)
h = fOpen(sFile, foRead)
Trace(fRead(h, fSize(sFile))) // expect: Crème brûlée
fClose(h)
// foAnsi: Windows-1252
fSaveText(sFile, "Prix : 12 €", foAnsi)
h = fOpen(sFile, foRead + foAnsi)
Trace(fRead(h, 100)) // expect: Prix : 12 €
fClose(h)
h = fOpen(sFile, foRead)
s = fRead(h, 100)
Trace(Length(s), Asc(Right(s, 1))) // expect: 11, 128
fClose(h)
// foUnicode: UTF-16 (files/fread_utf16_en.wl)
fSaveText(sFile, "Noël", foUnicode)
h = fOpen(sFile, foRead + foUnicode)
Trace(fRead(h, 8)) // expect: Noël
fClose(h)
fDelete(sFile)
