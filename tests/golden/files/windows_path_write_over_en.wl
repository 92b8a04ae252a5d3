// A Windows-style path written in another case writes the file that is there (Windows
// has one file for both names), and `..` goes up on the text, through a folder that does
// not exist (DECIDED: docs/builtins.md "Case in paths")
dir is string = CompleteDir(fTempPath()) + "wl_golden_over_" + Random(1, 999999999)
fMakeDir(dir)
fSaveText(dir + "/a.txt", "old")
Trace(fSaveText(dir + "\A.TXT", "new")) // expect: 1
Trace(Replace(fListFile(dir + "/*.*", frNotRecursive), dir + "/", "")) // expect: a.txt
Trace(fLoadText(dir + "/a.txt")) // expect: new
Trace(fLoadText(dir + "\Missing\..\A.txt")) // expect: new
Trace(fSaveText(dir + "\Nowhere\Deeper\..\..\b.TXT", "b")) // expect: 1
Trace(fLoadText(dir + "/b.TXT")) // expect: b
fDelete(dir + "/a.txt")
fDelete(dir + "/b.TXT")
fRemoveDir(dir)
Trace(fDirectoryExist(dir)) // expect: 0
