// A Buffer is bytes and is written as bytes, in any file: its bytes 128-255 are not
// encoded as text (DECIDED: docs/builtins.md "Encodings")
path is string = CompleteDir(fTempPath()) + "wl_buffer_bytes_" + Random(1, 999999999) + ".bin"
buf is Buffer = HexaToBuffer("E9 80 FF 41")
// fWrite into a UTF-8 file: the Buffer's four bytes; a string there is still text
h is int = fOpen(path, foCreate + foUTF8)
Trace(fWrite(h, buf)) // expect: 4
Trace(fWrite(h, "é")) // expect: 2
fClose(h)
Trace(BufferToHexa(fLoadBuffer(path))) // expect: EF BB BF E9 80 FF 41 C3 A9
// into a UTF-16 file too
h = fOpen(path, foCreate + foUnicode)
Trace(fWrite(h, buf)) // expect: 4
fClose(h)
Trace(BufferToHexa(fLoadBuffer(path))) // expect: FF FE E9 80 FF 41
// fWriteLine: the bytes, then CR LF
h = fOpen(path, foCreate + foUTF8)
Trace(fWriteLine(h, buf)) // expect: 6
fClose(h)
Trace(BufferToHexa(fLoadBuffer(path))) // expect: EF BB BF E9 80 FF 41 0D 0A
// fSaveText and fAppendText of a Buffer: its bytes, whatever the encoding asked
Trace(fSaveText(path, buf)) // expect: 1
Trace(BufferToHexa(fLoadBuffer(path))) // expect: E9 80 FF 41
Trace(fSaveText(path, buf, foUTF8)) // expect: 1
Trace(BufferToHexa(fLoadBuffer(path))) // expect: E9 80 FF 41
Trace(fAppendText(path, buf)) // expect: 1
Trace(fSize(path)) // expect: 8
// a string of the same characters is text: UTF-8
s is string = "é"
fSaveText(path, s)
Trace(BufferToHexa(fLoadBuffer(path))) // expect: C3 A9
// a Buffer member, an element of an array of Buffers, a Variant holding one
STPacket is Structure
	data is Buffer
END
st is STPacket
st.data = HexaToBuffer("C8 C9")
arr is array of Buffer
ArrayAdd(arr, HexaToBuffer("A0"))
v is Variant = buf
h = fOpen(path, foCreate + foUTF8)
fWrite(h, st.data)
fWrite(h, arr[1])
fWrite(h, v)
fClose(h)
Trace(BufferToHexa(fLoadBuffer(path))) // expect: EF BB BF C8 C9 A0 E9 80 FF 41
// what fLoadBuffer read comes back unchanged
copy is Buffer = fLoadBuffer(path)
fSaveText(path, copy)
Trace(fLoadBuffer(path) = copy, fSize(path)) // expect: 1, 10
fDelete(path)
