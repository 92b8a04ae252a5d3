// An item file of fixed-length records (32 bytes): a code on 8 characters, an ANSI label
// on 16, a quantity on 4 bytes (little-endian integer), a price in cents on 4 bytes.
// Direct access by fSeek, one record updated in place (fRead/fWrite of a Buffer), then
// read back whole and cut by [[n ON l]]. Method b, FS 6 Dec 2026: passes as written
// (bitAND, written first, does not exist: errors/bitand_other_name_en.wl). French twin
// fichier_binaire_enregistrements_fr.wl.
CONSTANT
	RECORD_SIZE = 32
END

sFile is string = fTempPath() + "\items_" + GetIdentifier() + ".dat"
nFile is int = fCreate(sFile)
IF nFile = -1 THEN
	Error(ErrorInfo())
	RETURN
END
arrCodes is array of strings = ["SCREW-M6", "NUT-M6", "WASHER"]
arrLabels is array of strings = ["Steel screw M6", "Zinc nut M6 é", "Flat washer"]
arrQties is array of int = [1200, 850, 3000]
arrPrices is array of currency = [0.12, 0.08, 0.03]
FOR i = 1 _TO_ ArrayCount(arrCodes)
	bRec is Buffer = MakeRecord(arrCodes[i], arrLabels[i], arrQties[i], arrPrices[i])
	fWrite(nFile, bRec)
END
fClose(nFile)
Trace("size", fSize(sFile)) // expect: size, 96

// the 2nd record's quantity minus 50
nFile = fOpen(sFile, foReadWrite)
fSeek(nFile, RECORD_SIZE * 1 + 24, fpBeginning)
bQty is Buffer = fRead(nFile, 4)
nQty is int = IntFromBytes(bQty)
Trace("quantity read", nQty) // expect: quantity read, 850
fSeek(nFile, RECORD_SIZE * 1 + 24, fpBeginning)
fWrite(nFile, BytesFromInt(nQty - 50))
fClose(nFile)

bAll is Buffer = fLoadBuffer(sFile)
FOR n = 0 TO Length(bAll) / RECORD_SIZE - 1
	bR is Buffer = bAll[[n * RECORD_SIZE + 1 ON RECORD_SIZE]]
	Trace(NoSpace(bR[[1 TO 8]]), NoSpace(AnsiToUnicode(bR[[9 TO 24]])), IntFromBytes(bR[[25 TO 28]]), IntFromBytes(bR[[29 TO 32]]) / 100)
END
// expect: SCREW-M6, Steel screw M6, 1200, 0.12
// expect: NUT-M6, Zinc nut M6 é, 800, 0.08
// expect: WASHER, Flat washer, 3000, 0.03
fDelete(sFile)

PROCEDURE MakeRecord(sCode, sLabel, nQty is int, mPrice is currency) : Buffer
b is Buffer = Complete(sCode, 8) + UnicodeToAnsi(Complete(sLabel, 16)) + ...
	BytesFromInt(nQty) + BytesFromInt(mPrice * 100)
RESULT b

PROCEDURE BytesFromInt(LOCAL n is int) : Buffer
b is Buffer
FOR i = 0 TO 3
	b += Charact(BinaryAND(bitRightShift(n, 8 * i), 0xFF))
END
RESULT b

PROCEDURE IntFromBytes(b is Buffer) : int
n is int = 0
FOR i = 4 TO 1 STEP -1
	n = bitLeftShift(n, 8) + Asc(b[[i]])
END
RESULT n
