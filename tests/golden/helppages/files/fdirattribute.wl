// Help page fDirAttribute ?3036040: its example as written, on a folder made in the
// temporary folder instead of C:\MyDirectories. The page's letters: D for a directory
// (A, "archive", is not supported on Linux, as the page says); "ERR" on error.
// French twin frepattribut.wl.
sDir is string = fTempPath() + fSep() + "wl_helppage_dirattr_" + Random(1, 999999999)
fMakeDir(sDir)
// Retrieve the attributes of a directory
ResAttribute = fDirAttribute(sDir)
IF ResAttribute <> "ERR" THEN
	Trace(ResAttribute) // expect: D
END
Trace(fDirAttribute(sDir + fSep() + "missing")) // expect: ERR
fRemoveDir(sDir)
