// File masks are read as Windows reads them, where WINDEV programs are written: "*.*"
// is every file, with or without a dot, and case is ignored ("*.TXT" finds a.txt)
// (DECIDED: docs/builtins.md "Masks as Windows reads them"; before, "*.*" missed README),
// listed by name ignoring case (docs/builtins.md "fListFile's order")
dir is string = CompleteDir(fTempPath()) + "wl_golden_masks_" + Random(1, 999999999)
fMakeDir(dir)
fSaveText(dir + "/README", "1")
fSaveText(dir + "/a.txt", "2")
fSaveText(dir + "/B.TXT", "3")
Trace(Replace(fListFile(dir + "/*.*", frNotRecursive), dir + fSeparator(), "")) // expect: a.txt
// expect: B.TXT
// expect: README
Trace(Replace(fListFile(dir + "/*.txt", frNotRecursive), dir + fSeparator(), "")) // expect: a.txt
// expect: B.TXT
Trace(fDelete(dir + "/*.TXT"), fFileExist(dir + "/a.txt"), fFileExist(dir + "/README")) // expect: 1, 0, 1
// only * and ? are wildcards: "[1]" is part of the name (it deleted "r 1.txt")
fSaveText(dir + "/r [1].txt", "4")
fSaveText(dir + "/r 1.txt", "5")
Trace(fDelete(dir + "/r [1]*"), fFileExist(dir + "/r [1].txt"), fFileExist(dir + "/r 1.txt")) // expect: 1, 0, 1
Trace(fDelete(dir + "/*.*"), fFileExist(dir + "/README")) // expect: 1, 0
fRemoveDir(dir)
