// gzip archives (.gz, WINDEV 2025: zipCreate ?3082003, zipAddFile ?3082008): one file,
// stored under its name (DECIDED: docs/builtins.md "Archives")
sDir is string = CompleteDir(fTempPath()) + "wl_gzip_" + Random(1, 999999999)
fMakeDir(sDir)
sFile is string = fBuildPath(sDir, "report", "txt")
fSaveText(sFile, Repeat("total: 12.50" + CR, 200))
arch is zipArchive
Trace(zipCreate(arch, sDir + ["\"] + "report.txt.gz")) // expect: 0
Trace(zipNbFile(arch)) // expect: 0
Trace(zipAddFile(arch, sFile, zipDrive)) // expect: 0
Trace(zipNbFile(arch), zipListFile(arch)) // expect: 1, report.txt
Trace(Val(ExtractString(zipInfoFile(arch, 1), 2, TAB)) = fSize(sFile)) // expect: 1
Trace(fSize(sDir + ["\"] + "report.txt.gz") < fSize(sFile)) // expect: 1
// the same name replaces the file; another name is refused: a .gz holds one file
Trace(zipAddFile(arch, sFile, zipDrive)) // expect: 0
fSaveText(fBuildPath(sDir, "other", "txt"), "x")
nErr is int = zipAddFile(arch, fBuildPath(sDir, "other", "txt"), zipDrive)
Trace(nErr, zipMsgError(nErr)) // expect: 40, A gzip archive (.gz) holds one file.
zipClose(arch)
// any gzip reader reads it: Uncompress, then extraction back to disk
Trace(Uncompress(fLoadBuffer(sDir + ["\"] + "report.txt.gz")) = fLoadBuffer(sFile)) // expect: 1
Trace(zipOpen(arch, sDir + ["\"] + "report.txt.gz")) // expect: 0
fMakeDir(sDir + ["\"] + "out")
Trace(zipExtractAll(arch, sDir + ["\"] + "out")) // expect: 0
Trace(fLoadText(sDir + ["\"] + "out\report.txt") = fLoadText(sFile)) // expect: 1
// renamed, then emptied
Trace(zipChangePath(arch, 1, "summary.txt"), zipListFile(arch)) // expect: 0, summary.txt
Trace(zipDeleteAll(arch), zipNbFile(arch)) // expect: 0, 0
zipClose(arch)
fRemoveDir(sDir, frRecursive)
