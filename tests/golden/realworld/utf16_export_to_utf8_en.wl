// A "Unicode Text" export (UTF-16 LE with its FF FE mark, written here by
// fSaveText(..., foUnicode)) converted to a UTF-8 CSV with its mark for a partner:
// fOpen without a mode (the mark decides), fReadLine up to EOT, fCreate(..., foUTF8),
// fWriteLine; a character outside the basic plane (🍵, two UTF-16 units) included;
// checked by fLoadBuffer, [[1 TO 3]], UTF8ToString. Method b, FS 6 Dec 2026: passes
// as written. French twin export_utf16_vers_utf8_fr.wl.
sDir is string = fTempPath() + "\wl_golden_utf16_conversion_" + Random(1, 999999999)
fMakeDir(sDir)
sExport is string = sDir + "\export_unicode.txt"
// the export: the FF FE mark then the text in UTF-16 LE
sText is string = "Ref" + TAB + "Label" + TAB + "Price" + CR + "A1" + TAB + "Crème brûlée" + TAB + "4.50" + CR + "B2" + TAB + "Green tea 🍵" + TAB + "3.20" + CR
fSaveText(sExport, sText, foUnicode)
Trace("Export size: " + fSize(sExport), BufferToHexa(fLoadBuffer(sExport)[[1 TO 4]])) // expect: Export size: 124, FF FE 52 00

sOutput is string = sDir + "\export_utf8.csv"
nLines is int = ConvertToUTF8(sExport, sOutput)
Trace(nLines + " line(s) converted") // expect: 3 line(s) converted
bufOutput is Buffer = fLoadBuffer(sOutput)
Trace("UTF-8 BOM: " + (bufOutput[[1 TO 3]] = Charact(0xEF) + Charact(0xBB) + Charact(0xBF))) // expect: UTF-8 BOM: 1
Trace(UTF8ToString(bufOutput[[4 TO]]) = "Ref;Label;Price" + CR + "A1;Crème brûlée;4.50" + CR + "B2;Green tea 🍵;3.20" + CR) // expect: 1
Trace(ExtractLine(fLoadText(sOutput), 3)) // expect: B2;Green tea 🍵;3.20
fRemoveDir(sDir, frRecursive)

PROCEDURE ConvertToUTF8(sSource is string, sTarget is string) : int
	nIn is int = fOpen(sSource, foRead)
	IF nIn = -1 THEN
		Trace("Cannot open " + sSource)
		RESULT -1
	END
	nOut is int = fCreate(sTarget, foUTF8)
	nCount is int = 0
	sLine is string = fReadLine(nIn)
	WHILE sLine <> EOT
		fWriteLine(nOut, Replace(sLine, TAB, ";"))
		nCount++
		sLine = fReadLine(nIn)
	END
	fClose(nIn)
	fClose(nOut)
	RESULT nCount
