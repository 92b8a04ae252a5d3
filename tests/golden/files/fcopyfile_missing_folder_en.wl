// fCopyFile / fMoveFile into a folder that does not exist create the missing folders, as
// the Windows shell's copy does; before, they failed naming the source ("cannot copy
// 'a.txt': No such file or directory", yet a.txt was there). A name ending in a
// separator is a folder: the file goes into it under its own name. INFERRED
// (docs/builtins.md, "fCopyFile and fMoveFile into a missing folder")
sDir is string = CompleteDir(fTempPath()) + "wl_golden_fcopy_missing_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + "/a.txt", "A")
Trace(fCopyFile(sDir + "/a.txt", sDir + "/2026/12/copy.txt")) // expect: 1
Trace(fLoadText(sDir + "/2026/12/copy.txt")) // expect: A
Trace(fCopyFile(sDir + "/a.txt", sDir + "/backup/")) // expect: 1
Trace(fFileExist(sDir + "/backup/a.txt")) // expect: 1
Trace(fCopyFile(sDir + "/*.txt", sDir + "/all")) // expect: 1
Trace(fFileExist(sDir + "/all/a.txt")) // expect: 1
Trace(fMoveFile(sDir + "/a.txt", sDir + "/archive/old/a.txt")) // expect: 1
Trace(fFileExist(sDir + "/a.txt"), fFileExist(sDir + "/archive/old/a.txt")) // expect: 0, 1
// a missing source creates no folder
Trace(fCopyFile(sDir + "/none.txt", sDir + "/never/none.txt")) // expect: 0
Trace(ErrorOccurred, fDirectoryExist(sDir + "/never")) // expect: 1, 0
Trace(fRemoveDir(sDir, frRecursive)) // expect: 1
