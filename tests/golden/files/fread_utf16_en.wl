// fRead and fReadLine in a UTF-16 file (its byte-order mark FF FE, or opened with
// foUnicode) give its text, decoded; fRead's count stays in bytes, as fSeek's and
// fSize's (INFERRED: docs/builtins.md "Encodings")
path is string = CompleteDir(fTempPath()) + "wl_fread_utf16_" + Random(1, 999999999) + ".txt"
fSaveText(path, "Zoë;Été" + CR + "Noël😀", foUnicode)
Trace(BufferToHexa(Left(fLoadBuffer(path), 6))) // expect: FF FE 5A 00 6F 00
h is int = fOpen(path, foRead)
Trace(fRead(h, 6)) // expect: Zoë
Trace(fRead(h, 3)) // expect: ;É
Trace(fReadLine(h)) // expect: té
Trace(fReadLine(h)) // expect: Noël😀
Trace(fRead(h, 2) = "") // expect: 1
fClose(h)
// a file fCreate wrote with foUnicode and fWrite, read back without an encoding
h = fCreate(path, foUnicode)
fWrite(h, "Crème")
fClose(h)
h = fOpen(path, foRead)
s is string = fRead(h, fSize(path))
Trace(s, Length(s)) // expect: Crème, 5
fClose(h)
// a UTF-16 file without a mark: foUnicode says what it holds
fSaveBuffer(path, Right(fLoadBuffer(path), 10))
h = fOpen(path, foRead + foUnicode)
Trace(fRead(h, 4)) // expect: Cr
Trace(fReadLine(h)) // expect: ème
fClose(h)
fDelete(path)
