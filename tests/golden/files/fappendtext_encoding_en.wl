// fAppendText adds its text in the file's own encoding: a UTF-16 file (foUnicode, its
// mark) gets UTF-16, an ANSI file (no mark, not UTF-8) gets ANSI, a UTF-8 file UTF-8; a
// third parameter (foAnsi, foUnicode, foUTF8) forces one, as fSaveText's does, with its
// mark on a new file. It always added UTF-8: the UTF-16 file came back with garbage after
// its first line and the ANSI file mixed two encodings (*decided* 6 Dec 2026, INFERRED:
// docs/builtins.md "fAppendText's encoding"). French twin fajoutetexte_encodage_fr.wl.
sDir is string = fTempPath() + fSep() + "wl_golden_append_enc_" + Random(1, 999999999)
fMakeDir(sDir)
sUnicode is string = sDir + fSep() + "unicode.txt"
fSaveText(sUnicode, "Zoë" + CR, foUnicode)
fAppendText(sUnicode, "Noël" + CR)
Trace(Replace(fLoadText(sUnicode), CR, "|")) // expect: Zoë|Noël|
Trace(fSize(sUnicode)) // expect: 24
sAnsi is string = sDir + fSep() + "ansi.txt"
fSaveText(sAnsi, "Zoë" + CR, foAnsi)
fAppendText(sAnsi, "Noël")
Trace(fSize(sAnsi), BufferToHexa(fLoadBuffer(sAnsi), NoGrouping, NoLine)) // expect: 9, 5A6FEB0D0A4E6FEB6C
Trace(Replace(fLoadText(sAnsi), CR, "|")) // expect: Zoë|Noël
sUtf8 is string = sDir + fSep() + "utf8.txt"
fSaveText(sUtf8, "Zoë" + CR)
fAppendText(sUtf8, "Noël")
Trace(fSize(sUtf8), Replace(fLoadText(sUtf8), CR, "|")) // expect: 11, Zoë|Noël
// forced: a new file written as fSaveText writes it (UTF-16 with its mark)
sNew is string = sDir + fSep() + "new.txt"
fAppendText(sNew, "Zoë", foUnicode)
fAppendText(sNew, "!")
Trace(fSize(sNew), fLoadText(sNew)) // expect: 10, Zoë!
fDelete(sDir + fSep() + "*.txt")
fRemoveDir(sDir)
