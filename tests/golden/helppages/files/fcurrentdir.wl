// fCurrentDir with a folder (no stored page; INFERRED, docs/builtins.md "Help-page
// examples HPb"): the folder becomes the current one and is returned; relative paths
// then start from it; a folder that cannot be entered gives "" and ErrorOccurred.
sOld is string = fCurrentDir()
sDir is string = fTempPath() + fSep() + "wl_helppage_fcurrentdir_en"
fMakeDir(sDir)
Trace(fCurrentDir(sDir) = sDir) // expect: 1
Trace(fCurrentDir() = sDir) // expect: 1
fSaveText("relative.txt", "here")
Trace(fLoadText(sDir + fSep() + "relative.txt")) // expect: here
Trace(fCurrentDir(sDir + fSep() + "missing")) // expect: 
Trace(ErrorOccurred) // expect: 1
Trace(fCurrentDir() = sDir) // expect: 1
fCurrentDir(sOld)
Trace(fCurrentDir() = sOld) // expect: 1
fRemoveDir(sDir, frRecursive)
Trace(fDirectoryExist(sDir)) // expect: 0
