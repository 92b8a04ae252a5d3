// fWrite writes a string as text in a UTF-8 or UTF-16 file, as fWriteLine does
// (DECIDED: docs/builtins.md "Encodings")
path is string = CompleteDir(fTempPath()) + "wl_fwrite_utf8_" + Random(1, 999999999) + ".txt"
h is int = fOpen(path, foCreate + foUTF8)
Trace(fWrite(h, "é")) // expect: 2
fWriteLine(h, "à")
fClose(h)
Trace(BufferToHexa(fLoadBuffer(path))) // expect: EF BB BF C3 A9 C3 A0 0D 0A
Trace(Replace(fLoadText(path), CR, "")) // expect: éà
// a file whose byte-order mark says UTF-8, opened without an encoding
h = fOpen(path, foReadWrite + foAdd)
fWrite(h, "ü")
fClose(h)
Trace(BufferToHexa(Right(fLoadBuffer(path), 2))) // expect: C3 BC
// a file opened without an encoding and without a mark: byte for byte
fSaveText(path, "")
h = fOpen(path, foReadWrite)
fWrite(h, "é")
fClose(h)
Trace(BufferToHexa(fLoadBuffer(path))) // expect: E9
fDelete(path)
