// fSize of a folder is 0, as fListFile's fdFullInformation gives a folder's size
// (decided 5 Dec 2026, docs/builtins.md): it was the system's 4096 (the size of the
// folder's own entry table on Linux), a number no program ported from Windows expects.
sDir is string = fTempPath() + fSep() + "wl_golden_fsize_dir_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + fSep() + "a.txt", "12345")
Trace(fSize(sDir), ErrorOccurred, fSize(sDir + fSep() + "a.txt")) // expect: 0, 0, 5
Trace(Val(ExtractString(fListDirectory(fTempPath() + fSep() + fExtractPath(sDir, fFileName) + "*", fdFullInformation + frNotRecursive), 2, TAB))) // expect: 0
Trace(fSize(sDir + fSep() + "none.txt"), ErrorOccurred) // expect: -1, 1
fRemoveDir(sDir, frRecursive)
