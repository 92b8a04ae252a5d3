// fSeek's offset and fRead's count are integers, read as the other integer parameters
// are: one past the integers' range stops (as wl check's WL110 says), where fSeek gave -1
// with "invalid path" and fRead read on; fLock names its count parameter 3. French twin:
// fpositionne_flit_entiers_hors_bornes_fr.wl
sDir is string = fTempPath() + "\wl_fseekbig_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + "\h.txt", "hello world")
h is int = fOpen(sDir + "\h.txt", foReadWrite)
rBig is real = 1e19
WHEN EXCEPTION IN
	fSeek(h, rBig)
DO
	Trace(ExceptionInfo()) // expect: fSeek: parameter 2 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
END
WHEN EXCEPTION IN
	fRead(h, rBig)
DO
	Trace(ExceptionInfo()) // expect: fRead: parameter 2 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
END
WHEN EXCEPTION IN
	fLock(h, 0, rBig)
DO
	Trace(ExceptionInfo()) // expect: fLock: parameter 3 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
END
Trace(fSeek(h, 2), fRead(h, 3)) // expect: 2, llo
Trace(fSeek(h, -5), ErrorOccurred) // expect: -1, 1
fClose(h)
fRemoveDir(sDir, frRecursive)
