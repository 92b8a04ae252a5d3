// An Excel "Unicode Text" export (UTF-16 LE with its BOM, columns separated by tabs)
// read as a WINDEV developer does: fOpen for reading (the encoding known by its BOM),
// fReadLine up to EOT in a LOOP, ExtractString by TAB, Val of a price with a decimal
// comma, fLoadText of the whole file (its BOM left out). Passes as written. French twin:
// import_excel_unicode_fr.wl.
sFile is string = fTempPath() + "\wl_golden_excel_export_" + Random(1, 99999999) + ".txt"
sContent is string = "Ref" + TAB + "Label" + TAB + "Price" + Charact(13) + Charact(10) + ...
	"A1" + TAB + "Ground coffee 250 g" + TAB + "3,45" + Charact(13) + Charact(10) + ...
	"A2" + TAB + "Green tea ""Sencha""" + TAB + "5,90" + Charact(13) + Charact(10)
fSaveText(sFile, sContent, foUnicode)
bufStart is Buffer = fLoadBuffer(sFile)
Trace(BufferToHexa(bufStart[[1 TO 4]], NoGrouping))
nFile is int = fOpen(sFile, foRead)
sHeader is string = fReadLine(nFile)
Trace(ExtractString(sHeader, 2, TAB))
mTotal is currency
LOOP
	sL is string = fReadLine(nFile)
	IF sL = EOT THEN BREAK
	IF sL = "" THEN CONTINUE
	Trace(ExtractString(sL, 2, TAB) + " = " + ExtractString(sL, 3, TAB))
	mTotal += Val(Replace(ExtractString(sL, 3, TAB), ",", "."))
END
fClose(nFile)
Trace(mTotal)
sAll is string = fLoadText(sFile)
Trace(Length(sAll), StringStartsWith(sAll, "Ref"))
fDelete(sFile)

// what it prints
// expect: FFFE5200
// expect: Label
// expect: Ground coffee 250 g = 3,45
// expect: Green tea "Sencha" = 5,90
// expect: 9.35
// expect: 74, 3
