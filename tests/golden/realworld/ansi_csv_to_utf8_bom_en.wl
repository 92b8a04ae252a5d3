// (method b) A CSV export of an old program (ANSI Windows-1252: é, œ, €) rewritten as UTF-8
// with a byte-order mark, line by line: fOpen(foRead + foAnsi), fReadLine until EOT,
// fCreate(..., foUTF8), fWriteLine; checked byte by byte (an indexed Buffer, Middle,
// BufferToHexa); the one-line way (fSaveText(..., fLoadText(..., foAnsi), foUTF8)) gives
// the same bytes. French twin csv_ansi_vers_utf8_bom_fr.wl.
sDir is string = fTempPath() + "\wl_conv_" + Random(1, 99999999)
fMakeDir(sDir)
sSource is string = sDir + "\customers_ansi.csv"
sTarget is string = sDir + "\customers_utf8.csv"
sExport is string = "Name;City;Balance" + CR + "Hélène Cœur;Orléans;1,250.00 €" + CR + "Noël Leçon;Besançon;-12.50 €" + CR
fSaveText(sSource, sExport, foAnsi)
bufSource is Buffer = fLoadBuffer(sSource)
Trace("source: " + Length(bufSource) + " bytes, é œ €: " + BufferToHexa(bufSource[21]) + " " + BufferToHexa(bufSource[28]) + " " + BufferToHexa(bufSource[49])) // expect: source: 81 bytes, é œ €: E9 9C 80

nLines is int = ConvertToUTF8(sSource, sTarget)
Trace(nLines + " lines converted") // expect: 3 lines converted
bufTarget is Buffer = fLoadBuffer(sTarget)
Trace("BOM: " + BufferToHexa(Left(bufTarget, 3), NoGrouping), "size: " + Length(bufTarget)) // expect: BOM: EFBBBF, size: 95
Trace("é in UTF-8: " + BufferToHexa(Middle(bufTarget, 3 + 21, 2), NoGrouping)) // expect: é in UTF-8: C3A9
Trace(fLoadText(sTarget) = sExport, fLoadText(sSource, foAnsi) = sExport) // expect: 1, 1
// the same in one line
fSaveText(sDir + "\one_line.csv", fLoadText(sSource, foAnsi), foUTF8)
Trace(fLoadBuffer(sDir + "\one_line.csv") = bufTarget) // expect: 1
fRemoveDir(sDir, frRecursive)

PROCEDURE ConvertToUTF8(sFrom is string, sTo is string) : int
nIn is int = fOpen(sFrom, foRead + foAnsi)
IF nIn = -1 THEN RESULT -1
nOut is int = fCreate(sTo, foUTF8)
IF nOut = -1 THEN
	fClose(nIn)
	RESULT -1
END
nCount is int
sLine is string = fReadLine(nIn)
WHILE sLine <> EOT
	fWriteLine(nOut, sLine)
	nCount++
	sLine = fReadLine(nIn)
END
fClose(nIn)
fClose(nOut)
RESULT nCount
