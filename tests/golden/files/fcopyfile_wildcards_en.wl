// fCopyFile / fMoveFile with `*` or `?` in the source's file name copy or move every
// matching file into the destination folder, as fDelete and fListFile match them (it
// was "cannot copy '...*.txt': No such file"); no file matching, or a destination that
// is no folder, is a failure (False, ErrorOccurred). INFERRED, no stored page
// (docs/builtins.md, "fCopyFile and fMoveFile with wildcards")
sDir is string = CompleteDir(fTempPath()) + "wl_golden_fcopy_" + Random(1, 999999999)
fMakeDir(sDir + "/dst")
fMakeDir(sDir + "/moved")
fSaveText(sDir + "/a.txt", "A")
fSaveText(sDir + "/b.txt", "B")
fSaveText(sDir + "/c.log", "C")
Trace(fCopyFile(sDir + "/*.txt", sDir + "/dst")) // expect: 1
Trace(Replace(fListFile(sDir + "/dst/*.*"), sDir, "")) // expect: /dst/a.txt
// expect: /dst/b.txt
Trace(fLoadText(sDir + "/dst/b.txt")) // expect: B
Trace(fMoveFile(sDir + "/?.log", sDir + "/moved/")) // expect: 1
Trace(fFileExist(sDir + "/c.log"), fFileExist(sDir + "/moved/c.log")) // expect: 0, 1
Trace(fCopyFile(sDir + "/*.csv", sDir + "/dst")) // expect: 0
Trace(ErrorOccurred) // expect: 1
Trace(fCopyFile(sDir + "/*.txt", sDir + "/dst/a.txt")) // expect: 0
Trace(ErrorOccurred) // expect: 1
// a plain file name as before
Trace(fCopyFile(sDir + "/a.txt", sDir + "/moved")) // expect: 1
Trace(fRemoveDir(sDir, frRecursive)) // expect: 1
