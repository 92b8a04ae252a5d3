// Between a Buffer and a string the text is ANSI (Windows-1252), both ways (INFERRED:
// docs/semantics.md "A Buffer stored into a string"). Byte 0x80 stored into a string
// was the control character U+0080; it is "€", as Windows reads ANSI.
bufAnsi is Buffer = HexaToBuffer("80E99C")
sText is string = bufAnsi
Trace(sText) // expect: €éœ
Trace(Length(sText)) // expect: 3
sLater is string
sLater = bufAnsi
Trace(sLater = "€éœ") // expect: 1
// and back: the same bytes
bufBack is Buffer = sText
Trace(BufferToHexa(bufBack)) // expect: 80 E9 9C
Trace(bufBack = bufAnsi) // expect: 1
// a text stored into a Buffer: its ANSI bytes ("€" was the three bytes of UTF-8)
bufLabel is Buffer = "Œuvre: 5 €"
Trace(BufferToHexa(bufLabel)) // expect: 8C 75 76 72 65 3A 20 35 20 80
Trace(Length(bufLabel)) // expect: 10
// the functions reading a string's bytes see the same ANSI bytes
Trace(HashString(HA_MD5, "€") = HashString(HA_MD5, HexaToBuffer("80"))) // expect: 1
Trace(Encode("€", encodeBASE64)) // expect: gA==
Trace(Uncompress(Compress("5 €"))) // expect: 5 €
// a member or an element declared string or Buffer, as a variable
STLine is Structure
	sLabel is string
	bRaw is Buffer
END
stLine is STLine
stLine.sLabel = bufAnsi
Trace(stLine.sLabel) // expect: €éœ
stLine.bRaw = "€"
Trace(BufferToHexa(stLine.bRaw)) // expect: 80
arrLabels is array of string
ArrayAdd(arrLabels, "")
arrLabels[1] = bufAnsi
Trace(arrLabels[1]) // expect: €éœ
// UTF-8 bytes are not guessed: UTF8ToString reads them
bufUtf8 is Buffer = StringToUTF8("été")
sRaw is string = bufUtf8
Trace(sRaw) // expect: Ã©tÃ©
Trace(UTF8ToString(bufUtf8)) // expect: été
// the five bytes Windows-1252 leaves undefined stay their code (as Windows reads them)
bufOdd is Buffer = HexaToBuffer("81")
sOdd is string = bufOdd
Trace(Asc(sOdd)) // expect: 129
// a text ANSI cannot write stays text: its bytes are UTF-8
bufWide is Buffer = "日本"
Trace(BufferToHexa(bufWide)) // expect: E6 97 A5 E6 9C AC
// a Variant holding a Buffer, and a Buffer given to a parameter declared string, the same
vHeld is Variant = bufAnsi
sFromVariant is string = vHeld
Trace(sFromVariant) // expect: €éœ
ShowLabel(bufAnsi) // expect: €éœ, 3
sNumber is string = 5
Trace(sNumber + 1) // expect: 51

// UTF-8 bytes stored into a string (read as ANSI: "â‚¬") are still UTF-8 bytes to
// UTF8ToString and JSONToVariant, as the Buffer is (they were left as "â‚¬")
bufJSON is Buffer = StringToUTF8("{""price"":""5 €"",""name"":""Éloïse""}")
sJSON is string = bufJSON
vOrder is Variant = JSONToVariant(sJSON)
Trace(vOrder.price, vOrder.name) // expect: 5 €, Éloïse
Trace(UTF8ToString(sJSON) = UTF8ToString(bufJSON)) // expect: 1
Trace(UTF8ToString("5 €"), UTF8ToString("日本")) // expect: 5 €, 日本
// a compressed Buffer kept in a string uncompresses, and a binary one is written by
// fWrite as its bytes (they were "text, not a compressed buffer", and UTF-8)
sCompressed is string = Compress(Repeat("5 € été ", 20))
Trace(Uncompress(sCompressed) = Repeat("5 € été ", 20)) // expect: 1
sFile is string = fTempFile()
sImage is string = HexaToBuffer("89504E470D0A1A0A809C")
hFile is int = fCreate(sFile)
fWrite(hFile, sImage)
fClose(hFile)
Trace(BufferToHexa(fLoadBuffer(sFile))) // expect: 89 50 4E 47 0D 0A 1A 0A 80 9C
fDelete(sFile)
// fSaveText and fAppendText write it as its bytes too (they wrote UTF-8: E2 82 AC...)
fSaveText(sFile, sImage)
fAppendText(sFile, sImage)
Trace(fSize(sFile), fLoadBuffer(sFile) = HexaToBuffer("89504E470D0A1A0A809C89504E470D0A1A0A809C")) // expect: 20, 1
fDelete(sFile)
// AnsiToUnicode reads the five bytes Windows-1252 leaves undefined as s = buf does
// (U+0081, not U+FFFD), and UnicodeToAnsi writes them back
bUndefined is Buffer = HexaToBuffer("81808D")
sUndefined is string = bUndefined
Trace(Asc(AnsiToUnicode(bUndefined)), AnsiToUnicode(bUndefined) = sUndefined) // expect: 129, 1
Trace(BufferToHexa(UnicodeToAnsi(AnsiToUnicode(bUndefined)))) // expect: 81 80 8D
PROCEDURE ShowLabel(sLabel is string)
Trace(sLabel, Length(sLabel))
