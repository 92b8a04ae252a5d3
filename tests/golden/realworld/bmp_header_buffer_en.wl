// Reading a BMP file's header in a Buffer: the signature by a piece b[[1 TO 2]],
// little-endian integers read byte by byte (Asc of a byte of the Buffer), bytes written
// by Charact into a Buffer (0x80 stays the byte 0x80), the binary operators (BinaryAND,
// BinaryOR, bitLeftShift, &).
bufHeader is Buffer = HexaToBuffer("424D" + "36840300" + "00000000" + "36000000" + "28000000" + "80020000" + "E0010000" + "0100" + "1800")
Trace(Length(bufHeader)) // expect: 30
IF bufHeader[[1 TO 2]] = "BM" THEN Trace("bitmap") // expect: bitmap
nSize is int = LittleEndianInt(bufHeader, 3, 4)
nWidth is int = LittleEndianInt(bufHeader, 19, 4)
nHeight is int = LittleEndianInt(bufHeader, 23, 4)
nBits is int = LittleEndianInt(bufHeader, 29, 2)
Trace(nSize, nWidth, nHeight, nBits) // expect: 230454, 640, 480, 24
Trace(BufferToHexa(bufHeader[[19 TO 22]])) // expect: 80 02 00 00
// writing an integer on 4 bytes
bufOut is Buffer
bufOut = LittleEndianBytes(640, 4) + LittleEndianBytes(480, 4)
Trace(BufferToHexa(bufOut), Length(bufOut)) // expect: 80 02 00 00 E0 01 00 00, 8
Trace(bufOut[[1]] = Charact(128), Asc(bufOut[[1]]), Asc(bufOut[[2]])) // expect: 1, 128, 2
Trace(BinaryAND(0xFF00, 0x0F0F), BinaryOR(1, 4), bitLeftShift(1, 10), 0x80 & 0xF0, 1 bitLeftShift 4) // expect: 3840, 5, 1024, 128, 16

PROCEDURE LittleEndianInt(b is Buffer, nStart, nBytes)
nResult is 8-byte int
FOR i = nBytes _TO_ 1 STEP -1
	nResult = nResult * 256 + Asc(b[[nStart + i - 1]])
END
RESULT nResult

PROCEDURE LittleEndianBytes(nValue is 8-byte int, nBytes)
bResult is Buffer
FOR i = 1 _TO_ nBytes
	bResult += Charact(nValue modulo 256)
	nValue = IntegerPart(nValue / 256)
END
RESULT bResult
