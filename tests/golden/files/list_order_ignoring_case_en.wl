// fListFile and fListDirectory give a folder's entries by name ignoring case, as Windows
// keeps a folder (NTFS compares the names upper-cased), then exactly for names that
// differ only in case: "a.txt" before "B.TXT" before "c.txt". Sorted by code point, every
// upper-case name came first ("B.TXT", "a.txt", "c.txt"), so a listing ported code shows
// or takes the first of came in another order (*decided*, docs/builtins.md "fListFile's
// order").
sDir is string = CompleteDir(fTempPath()) + "wl_golden_listorder_" + Random(1, 999999999)
fMakeDir(sDir + "\Zeta")
fMakeDir(sDir + "\alpha")
fSaveText(sDir + "\c.txt", "c")
fSaveText(sDir + "\B.TXT", "b")
fSaveText(sDir + "\a.txt", "a")
fSaveText(sDir + "\_notes.txt", "n")
fSaveText(sDir + "\alpha\x.txt", "x")
fSaveText(sDir + "\Zeta\y.txt", "y")
FOR EACH STRING sFile OF fListFile(sDir + "\*.txt", frRecursive) SEPARATED BY CR
	Trace(Replace(sFile, sDir, "<dir>"))
END
// expect: <dir>\a.txt
// expect: <dir>\B.TXT
// expect: <dir>\c.txt
// expect: <dir>\_notes.txt
// expect: <dir>\alpha\x.txt
// expect: <dir>\Zeta\y.txt
Trace(Replace(Replace(fListDirectory(sDir + "\*.*", frNotRecursive), sDir, "<dir>"), CR, " ")) // expect: <dir>\alpha <dir>\Zeta
fRemoveDir(sDir, frRecursive)
