// frInterruptible (4, found in WINDEV's generated code as frRecursive + frInterruptible
// = 5) is accepted by fListFile and fListDirectory, alone or with the other options; it
// was an undeclared name (WL101). A listing stops as any run does (docs/builtins.md)
dir is string = CompleteDir(fTempPath()) + "wl_golden_listint_" + Random(1, 999999999)
fMakeDir(dir + "/sub")
fSaveText(dir + "/a.txt", "1")
fSaveText(dir + "/sub/b.txt", "2")
Trace(frInterruptible, frRecursive + frInterruptible)   // expect: 4, 5
Trace(Replace(fListFile(dir + "/*.txt", frRecursive + frInterruptible), dir, "")) // expect: /a.txt
// expect: /sub/b.txt
Trace(Replace(fListFile(dir + "/*.txt", frNotRecursive + frInterruptible), dir, "")) // expect: /a.txt
Trace(Replace(fListDirectory(dir, frRecursive + frInterruptible), dir, ""))  // expect: /sub
Trace(fRemoveDir(dir, frRecursive)) // expect: 1
