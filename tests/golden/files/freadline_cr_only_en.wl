// fReadLine on a file whose lines end with a lone Carriage Return (Char 13, as old Mac OS
// and some exports write them). fReadLine's page (?3036031) says "The default separator
// is the Carriage Return": decided (INFERRED), a lone CR ends a line as CR LF and a lone
// LF do; the whole file came back as one line, its CRs inside. French twin
// flitligne_cr_seul_fr.wl.
sFile is string = fTempPath() + "\wl_cr_only.csv"
fSaveText(sFile, "Ref;Qty" + Charact(13) + "A12;3" + Charact(13) + "B7;10" + Charact(13))
h is int = fOpen(sFile, foRead)
nTotal is int
sLine is string = fReadLine(h)
WHILE sLine <> EOT
	IF sLine [= "Ref" THEN
		sLine = fReadLine(h)
		CONTINUE
	END
	nTotal += Val(ExtractString(sLine, 2, ";"))
	Trace(ExtractString(sLine, 1, ";"))
	sLine = fReadLine(h)
END
fClose(h)
// expect: A12
// expect: B7
Trace(nTotal) // expect: 13
// the three line ends mixed, an empty line between two CRs, and a UTF-16 file
fSaveText(sFile, "a" + Charact(13) + Charact(13) + "b" + CR + "c" + Charact(10) + "d")
h = fOpen(sFile, foRead)
Trace(fReadLine(h), Length(fReadLine(h)), fReadLine(h), fReadLine(h), fReadLine(h), fReadLine(h) = EOT) // expect: a, 0, b, c, d, 1
fClose(h)
fSaveText(sFile, "un" + Charact(13) + "été", foUnicode)
f is DiskFile
f.Open(sFile, foRead)
Trace(f.ReadLine(), f.ReadLine(), f.ReadLine() = EOT) // expect: un, été, 1
f.Close()
fDelete(sFile)
