// fReadLine on lines of every length and end: a line longer than the 4 KB fReadLine
// reads at once, one whose CR LF falls across that limit, CR LF, LF and lone CR ends, an
// empty line and a last line without an end. Each comes back whole and without its end
// (fReadLine reads the usual CR LF or LF line in one step; any other line as before).
// French twin flitligne_lignes_longues_fr.wl.
sFile is string = CompleteDir(fTempPath()) + "wl_golden_longlines_" + Random(1, 999999999) + ".txt"
sLong is string = Repeat("0123456789", 1000)
sEdge is string = Repeat("x", 4095)
fSaveText(sFile, "head" + CR + sLong + CR + sEdge + CR + "lf" + Charact(10) + "cr" + Charact(13) + "" + CR + "mid" + Charact(13) + "dle" + CR + "last")
h is int = fOpen(sFile, foRead)
Trace(fReadLine(h)) // expect: head
s is string = fReadLine(h)
Trace(Length(s), s = sLong) // expect: 10000, 1
s = fReadLine(h)
Trace(Length(s), s = sEdge) // expect: 4095, 1
Trace(fReadLine(h), fReadLine(h)) // expect: lf, cr
Trace(Length(fReadLine(h))) // expect: 0
Trace(fReadLine(h), fReadLine(h)) // expect: mid, dle
Trace(fReadLine(h)) // expect: last
Trace(fReadLine(h) = EOT) // expect: 1
fClose(h)
// a thousand CSV lines: their total
sCSV is string
FOR i = 1 TO 1000
	sCSV += "F" + i + ";" + i + CR
END
fSaveText(sFile, sCSV)
h = fOpen(sFile, foRead)
nTotal, nLines are int
sLine is string = fReadLine(h)
WHILE sLine <> EOT
	nLines++
	nTotal += Val(ExtractString(sLine, 2, ";"))
	sLine = fReadLine(h)
END
fClose(h)
Trace(nLines, nTotal) // expect: 1000, 500500
fDelete(sFile)
