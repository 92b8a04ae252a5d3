// fCopyFile / fMoveFile to a path running through an existing file fail (False,
// ErrorOccurred) and ErrorInfo says which part of the path is a file; it said a bare
// "File exists" or "Not a directory" (docs/builtins.md "fCopyFile and fMoveFile into
// a missing folder")
sDir is string = CompleteDir(fTempPath()) + "wl_golden_fcopy_through_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + "/a.txt", "A")
fSaveText(sDir + "/2026", "not a folder")
Trace(fCopyFile(sDir + "/a.txt", sDir + "/2026/12/a.txt")) // expect: 0
Trace(ErrorOccurred) // expect: 1
Trace(Replace(ErrorInfo(), sDir, "D")) // expect: fCopyFile: cannot copy 'D/a.txt': 'D/2026' is a file, not a folder.
Trace(fMoveFile(sDir + "/a.txt", sDir + "/2026/")) // expect: 0
Trace(Replace(ErrorInfo(), sDir, "D")) // expect: fMoveFile: cannot move 'D/a.txt': 'D/2026' is a file, not a folder.
Trace(fCopyFile(sDir + "/*.txt", sDir + "/2026/12")) // expect: 0
Trace(Replace(ErrorInfo(), sDir, "D")) // expect: fCopyFile: cannot create the folder 'D/2026/12': 'D/2026' is a file, not a folder.
Trace(fLoadText(sDir + "/2026"), fFileExist(sDir + "/a.txt")) // expect: not a folder, 1
Trace(fRemoveDir(sDir, frRecursive)) // expect: 1
