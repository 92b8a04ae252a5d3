// (method b) A WAV file (a weighing scale's check beep) written byte by byte into a
// Buffer: a RIFF header of little-endian integers (& 0xFF, bitRightShift), 8-bit data;
// read back (Asc(buf[i]), Middle, BufferToHexa). French twin entete_wav_octets_fr.wl.
sFile is string = fTempPath() + "\wl_beep_" + Random(1, 99999999) + ".wav"
nRate is int = 8000
nSamples is int = 800 // 0.1 s, 8-bit mono
bufData is Buffer
FOR i = 0 _TO_ nSamples - 1
	// a 400 Hz square wave: 10 samples high, 10 low
	IF IntegerPart(i / 10) modulo 2 = 0 THEN bufData += Charact(200) ELSE bufData += Charact(56)
END
bufWAV is Buffer = "RIFF" + LittleEndian(36 + Length(bufData), 4) + "WAVE"
bufWAV += "fmt " + LittleEndian(16, 4) + LittleEndian(1, 2) + LittleEndian(1, 2) + LittleEndian(nRate, 4) + LittleEndian(nRate, 4) + LittleEndian(1, 2) + LittleEndian(8, 2)
bufWAV += "data" + LittleEndian(Length(bufData), 4) + bufData
fSaveBuffer(sFile, bufWAV)
Trace(fSize(sFile)) // expect: 844
bufRead is Buffer = fLoadBuffer(sFile)
Trace(Left(bufRead, 4), Middle(bufRead, 9, 4), ReadLittleEndian(bufRead, 5, 4) + 8, ReadLittleEndian(bufRead, 25, 4), ReadLittleEndian(bufRead, 35, 2)) // expect: RIFF, WAVE, 844, 8000, 8
Trace(Asc(bufRead[45]), Asc(bufRead[54]), Asc(bufRead[55]), BufferToHexa(Middle(bufRead, 37, 8), NoGrouping)) // expect: 200, 200, 56, 6461746120030000
fDelete(sFile)

PROCEDURE LittleEndian(nValue is int, nBytes is int) : Buffer
bufResult is Buffer
FOR j = 1 TO nBytes
	bufResult += Charact(nValue & 0xFF)
	nValue = bitRightShift(nValue, 8)
END
RESULT bufResult

PROCEDURE ReadLittleEndian(bufSource is Buffer, nStart is int, nBytes is int) : int
nValue is int
FOR j = nBytes TO 1 STEP -1
	nValue = nValue * 256 + Asc(bufSource[nStart + j - 1])
END
RESULT nValue
