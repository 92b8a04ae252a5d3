// fListFile(mask, array) and fListDirectory(mask, array) put the paths found into the
// array (what it held before is replaced) and give their number; a folder that does not
// exist leaves the array empty, 0 and ErrorOccurred. It was the error "a procedure was
// expected, not a value of type array" (INFERRED, docs/builtins.md "fListFile into an
// array").
sDir is string = CompleteDir(fTempPath()) + "wl_golden_listarray_" + Random(1, 999999999)
fMakeDir(sDir + "\sub")
fSaveText(sDir + "\b.txt", "b")
fSaveText(sDir + "\a.txt", "a")
fSaveText(sDir + "\sub\c.txt", "c")
arrFiles is array of strings = ["kept?"]
Trace(fListFile(sDir + "\*.txt", arrFiles), ArrayCount(arrFiles)) // expect: 3, 3
FOR EACH sFile OF arrFiles
	Trace(Replace(sFile, sDir, "<dir>"))
END
// expect: <dir>\a.txt
// expect: <dir>\b.txt
// expect: <dir>\sub\c.txt
Trace(fListFile(sDir + "\*.txt", arrFiles, frNotRecursive), ArrayCount(arrFiles)) // expect: 2, 2
arrDirs is array of strings
Trace(fListDirectory(sDir + "\*.*", arrDirs), Replace(arrDirs[1], sDir, "<dir>")) // expect: 1, <dir>\sub
Trace(fListFile(sDir + "\missing\*.txt", arrFiles), ErrorOccurred, ArrayCount(arrFiles)) // expect: 0, 1, 0
fRemoveDir(sDir, frRecursive)
