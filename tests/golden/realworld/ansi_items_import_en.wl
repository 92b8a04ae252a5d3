// An items file of fixed-width columns, written in ANSI (Windows-1252) by the old
// software: fOpen foRead + foAnsi, fReadLine up to EOT, Middle for each column, Val of
// the cents, NoSpace sscEnd, one structure per line; the accents and the Œ of the ANSI
// file read back as they are. French twin: import_articles_ansi_fr.wl.
// Columns: code (6) label (20) price in cents (8) stock (5)
sFile is string = fTempPath() + "\wl_golden_ITEMS_" + Random(1, 99999999) + ".TXT"
bufAnsi is Buffer = UnicodeToAnsi("A00001Crème brûlée        0000045000012" + Charact(13) + Charact(10) + ...
	"A00002Pâté en croûte      0000129000003" + Charact(13) + Charact(10) + ...
	"A00003Œufs bio x6         0000032500100" + Charact(13) + Charact(10) + ...
	"      empty line                       " + Charact(13) + Charact(10))
fSaveBuffer(sFile, bufAnsi)
Trace(fSize(sFile))

STItem is Structure
	sCode is string
	sLabel is string
	mPrice is currency
	nStock is int
END
arrItems is array of STItem
nFile is int = fOpen(sFile, foRead + foAnsi)
IF nFile = -1 THEN
	Error(ErrorInfo())
	RETURN
END
nLine is int
sLine is string = fReadLine(nFile)
WHILE sLine <> EOT
	nLine++
	IF NoSpace(Middle(sLine, 1, 6)) = "" THEN
		Trace("Line " + nLine + " skipped")
	ELSE
		itm is STItem
		itm.sCode = Middle(sLine, 1, 6)
		itm.sLabel = NoSpace(Middle(sLine, 7, 20), sscEnd)
		itm.mPrice = Val(Middle(sLine, 27, 8)) / 100
		itm.nStock = Val(Middle(sLine, 35, 5))
		ArrayAdd(arrItems, itm)
	END
	sLine = fReadLine(nFile)
END
fClose(nFile)
mValue is currency
FOR EACH it OF arrItems
	Trace(it.sCode + " | " + it.sLabel + " | " + NumToString(it.mPrice, "8.2f") + " | " + it.nStock)
	mValue += it.mPrice * it.nStock
END
Trace("Stock value: " + mValue)
Trace(Length(arrItems[1].sLabel), Left(arrItems[3].sLabel, 4))
fDelete(sFile)

// what it prints
// expect: 164
// expect: Line 4 skipped
// expect: A00001 | Crème brûlée |     4.50 | 12
// expect: A00002 | Pâté en croûte |    12.90 | 3
// expect: A00003 | Œufs bio x6 |     3.25 | 100
// expect: Stock value: 417.7
// expect: 12, Œufs
