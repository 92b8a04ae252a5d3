// fListFile and fListDirectory without options look in the subfolders too: frRecursive
// is the default, and frNotRecursive is 2, frRecursive 1 (VERIFIED against PC SOFT's own
// runtime and its generated code: docs/builtins.md, "fListFile is recursive by
// default"); the listing was of the folder alone
dir is string = CompleteDir(fTempPath()) + "wl_golden_listrec_" + Random(1, 999999999)
fMakeDir(dir + "/sub/deeper")
fSaveText(dir + "/a.txt", "1")
fSaveText(dir + "/sub/b.txt", "2")
fSaveText(dir + "/sub/deeper/c.txt", "3")
Trace(Replace(fListFile(dir + "/*.txt"), dir, "")) // expect: /a.txt
// expect: /sub/b.txt
// expect: /sub/deeper/c.txt
Trace(Replace(fListFile(dir + "/*.txt", frNotRecursive), dir, "")) // expect: /a.txt
Trace(Replace(fListDirectory(dir), dir, "")) // expect: /sub
// expect: /sub/deeper
Trace(Replace(fListDirectory(dir, frNotRecursive), dir, "")) // expect: /sub
Trace(frRecursive, frNotRecursive) // expect: 1, 2
Trace(fRemoveDir(dir + "/sub")) // expect: 0
Trace(fRemoveDir(dir, frRecursive)) // expect: 1
