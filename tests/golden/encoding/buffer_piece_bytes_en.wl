// A piece of a Buffer (`b[[i]]`, `b[[i TO j]]`, `b[[i ON n]]`) is a Buffer (decided 5
// Dec 2026, docs/builtins.md "A Buffer's bytes by number"): fWrite and fSaveText write
// its bytes as they are, as they write a Buffer's, in any file. Before, the piece was
// text: written into a UTF-8 file, the byte E9 became C3 A9 (a record cut from a binary
// buffer came out corrupted), and TypeVar said wlString. Left, Right, Middle and two pieces joined alike.
b is Buffer = [0xE9, 0x41, 0xFF, 0x00]
sFile is string = fTempPath() + fSep() + "wl_golden_buffer_piece_" + Random(1, 999999999) + ".bin"
nFile is int = fCreate(sFile, foUTF8)
fWrite(nFile, b[[1 TO 3]])
fClose(nFile)
Trace(BufferToHexa(fLoadBuffer(sFile))) // expect: EF BB BF E9 41 FF
fSaveText(sFile, b[[2 ON 2]])
Trace(BufferToHexa(fLoadBuffer(sFile))) // expect: 41 FF
Trace(TypeVar(b[[1]]) = wlBuffer, TypeVar(b[[1 TO 2]]) = wlBuffer) // expect: 1, 1
// its bytes compare and convert as before
Trace(b[[2]] = "A", Asc(b[[1]]), Length(b[[2 TO]])) // expect: 1, 233, 3
// Left, Right and Middle of a Buffer give a Buffer too
fSaveText(sFile, Middle(b, 1, 2) + Right(b, 1))
Trace(BufferToHexa(fLoadBuffer(sFile)), TypeVar(Left(b, 2)) = wlBuffer) // expect: E9 41 00, 1
// a piece of a string stays a string
s is string = "été"
Trace(TypeVar(s[[1]]) = wlString) // expect: 1
fDelete(sFile)
