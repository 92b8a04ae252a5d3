// A PLC frame (Modbus RTU style): built byte by byte in a Buffer, its CRC16 computed by
// hand (polynomial 0xA001), a hex dump, then an answer read and its CRC checked (LOOP
// (8), BinaryAND, BinaryXOR, bitRightShift/LeftShift, a Buffer cut by [[ ]]). Method b,
// FS 6 Dec 2026: passes as written (CRC checked against an independent computation).
// French twin trame_modbus_fr.wl.
bFrame is Buffer
bFrame = Charact(0x11) + Charact(0x03) + Charact(0x00) + Charact(0x6B) + Charact(0x00) + Charact(0x03)
nCRC is int = CRC16Modbus(bFrame)
bFrame += Charact(BinaryAND(nCRC, 0xFF)) + Charact(bitRightShift(nCRC, 8))
Trace(BufferToHexa(bFrame)) // expect: 11 03 00 6B 00 03 76 87
Trace(Length(bFrame), Asc(bFrame[[7]]), Asc(bFrame[[8]])) // expect: 8, 118, 135
// answer: 11 03 06 AE41 5652 4340 49AD
bAnswer is Buffer = HexaToBuffer("110306AE415652434049AD")
nRead is int = Asc(bAnswer[[Length(bAnswer) - 1]]) + bitLeftShift(Asc(bAnswer[[Length(bAnswer)]]), 8)
Trace("CRC ok", nRead = CRC16Modbus(bAnswer[[1 TO Length(bAnswer) - 2]])) // expect: CRC ok, 1
nBytes is int = Asc(bAnswer[[3]])
FOR i = 0 TO nBytes / 2 - 1
	nRegister is int = bitLeftShift(Asc(bAnswer[[4 + 2 * i]]), 8) + Asc(bAnswer[[5 + 2 * i]])
	Trace("register", 107 + i, nRegister, NumToString(nRegister, "04X"))
END
// expect: register, 107, 44609, AE41
// expect: register, 108, 22098, 5652
// expect: register, 109, 17216, 4340
// a dump as in a log: 8 bytes a line
sDump is string
FOR nPos = 1 TO Length(bAnswer) STEP 8
	sDump += [CR] + NumToString(nPos - 1, "04X") + " : " + BufferToHexa(bAnswer[[nPos ON 8]], 1)
END
Trace(sDump)
// expect: 0000 : 11 03 06 AE 41 56 52 43
// expect: 0008 : 40 49 AD

PROCEDURE CRC16Modbus(b is Buffer) : int
nRemainder is int = 0xFFFF
FOR i = 1 TO Length(b)
	nRemainder = BinaryXOR(nRemainder, Asc(b[[i]]))
	LOOP (8)
		IF BinaryAND(nRemainder, 1) = 1 THEN
			nRemainder = BinaryXOR(bitRightShift(nRemainder, 1), 0xA001)
		ELSE
			nRemainder = bitRightShift(nRemainder, 1)
		END
	END
END
RESULT nRemainder
