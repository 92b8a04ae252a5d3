// fReadLine's second parameter, the separator between the lines (VERIFIED, help page
// ?3036031: "<Separator>: Separator used between the lines. The default separator is the
// Carriage Return (CR)"; `<DiskFile>.ReadLine([<Separator>])` ?1410089045). It was refused
// ("fReadLine expects 1 parameter(s) but received 2"). Decided: the separator is matched in
// the file's encoding (a UTF-16 file by whole characters), it is not returned, and CR
// given explicitly is the default reading (CR LF, or a lone LF). French twin
// flitligne_separateur_fr.wl.
sFile is string = fTempPath() + "\wl_sep.txt"
fSaveText(sFile, "a;b;;c")
h is int = fOpen(sFile, foRead)
s is string = fReadLine(h, ";")
WHILE s <> EOT
	Trace("[" + s + "]")
	s = fReadLine(h, ";")
END
// expect: [a]
// expect: [b]
// expect: []
// expect: [c]
fClose(h)
// a UTF-16 file, read by a DiskFile's method; CR, then no separator: the default reading
fSaveText(sFile, "one|two|three" + CR + "x", foUnicode)
f is DiskFile
f.Open(sFile, foRead)
Trace(f.ReadLine("|"), f.ReadLine("|"), f.ReadLine(CR), f.ReadLine(), f.ReadLine() = EOT) // expect: one, two, three, x, 1
f.Close()
// a separator of two characters, and an accented one in a UTF-8 file
fSaveText(sFile, "A<>B<>C")
h = fOpen(sFile, foRead)
Trace(fReadLine(h, "<>"), fReadLine(h, "<>"), fReadLine(h, "<>"), fReadLine(h, "<>") = EOT) // expect: A, B, C, 1
fClose(h)
fSaveText(sFile, "Zoé§Noël§")
h = fOpen(sFile, foRead)
Trace(fReadLine(h, "§"), fReadLine(h, "§"), fReadLine(h, "§") = EOT) // expect: Zoé, Noël, 1
fClose(h)
fDelete(sFile)
