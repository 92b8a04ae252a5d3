// A weighing terminal's serial frame: STX + command + ETX, checked by an LRC (exclusive
// OR of the bytes) and a CRC-16/CCITT computed by hand on a Buffer, a Java-style hash
// that wraps at 32 bits, a sum in an unsigned byte that wraps (an integer stored beyond
// its range wraps: docs/semantics.md "Numbers out of range"). Business code as a WINDEV
// developer writes it (V, 6 Dec 2026).
bufFrame is Buffer = Charact(2) + "WEIGH" + Charact(0) + Charact(255) + Charact(3)
Trace(Length(bufFrame), BufferToHexa(bufFrame)) // expect: 9, 02 57 45 49 47 48 00 FF 03
nLRC is int = LRC(bufFrame)
Trace(nLRC, NumToString(nLRC, "02X")) // expect: 171, AB
bufFrame += Charact(nLRC)
Trace(Length(bufFrame), Asc(bufFrame[[Length(bufFrame)]])) // expect: 10, 171
// the check on reception: the LRC of the frame received, its check byte included
IF LRC(Left(bufFrame, 8) + Charact(3)) = Asc(Right(bufFrame, 1)) THEN Trace("LRC ok") // expect: LRC ok
bufReference is Buffer = "123456789"
Trace(NumToString(CRC16(bufReference), "04X")) // expect: 29B1
Trace(NumToString(CRC16(HexaToBuffer("DEADBEEF")), "04X")) // expect: 4097
Trace(JavaHash("hello"), JavaHash("Weighing #42: 1,250.5 kg")) // expect: 99162322, -1529117648
nSum is unsigned 1-byte int
FOR i = 1 _TO_ Length(bufFrame)
	nSum += Asc(bufFrame[[i]])
END
Trace(nSum) // expect: 35
nCounter is int = 0x7FFFFFFF
nCounter++
Trace(nCounter, nCounter & 0xFF) // expect: -2147483648, 0

PROCEDURE LRC(LOCAL bufData is Buffer) : int
// exclusive OR of the bytes between STX and ETX
nRes is int = 0
FOR i = 2 TO Length(bufData) - 1
	nRes = BinaryXOR(nRes, Asc(bufData[[i]]))
END
RETURN nRes

PROCEDURE CRC16(bufData is Buffer) : int
nCrc is int = 0xFFFF
FOR i = 1 _TO_ Length(bufData)
	nCrc = BinaryXOR(nCrc, bitLeftShift(Asc(bufData[[i]]), 8))
	LOOP (8)
		IF (nCrc & 0x8000) <> 0 THEN
			nCrc = BinaryXOR(bitLeftShift(nCrc, 1), 0x1021) & 0xFFFF
		ELSE
			nCrc = bitLeftShift(nCrc, 1) & 0xFFFF
		END
	END
END
RETURN nCrc

PROCEDURE JavaHash(s is string) : int
nH is int = 0
FOR i = 1 TO Length(s)
	nH = 31 * nH + Asc(s[[i]])
END
RETURN nH
