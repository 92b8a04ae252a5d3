// fAppendText, fAppendBuffer, fDirectorySize, fCopyDir (non-fatal failures)
dir is string = CompleteDir(fTempPath()) + "wl_golden_more_" + Random(1, 999999999)
fMakeDir(dir + "/a/b")
Trace(fAppendText(dir + "/a/x.txt", "one"), fAppendText(dir + "/a/x.txt", "+two")) // expect: 1, 1
Trace(fLoadText(dir + "/a/x.txt")) // expect: one+two
fAppendBuffer(dir + "/a/b/y.bin", HexaToBuffer("000102"))
Trace(fDirectorySize(dir)) // expect: 10
Trace(fCopyDir(dir + "/a", dir + "/c"), fLoadText(dir + "/c/x.txt"), fSize(dir + "/c/b/y.bin")) // expect: 1, one+two, 3
Trace(fCopyDir(dir + "/nope", dir + "/d"), ErrorOccurred) // expect: 0, 1
Trace(fDirectorySize(dir + "/nope"), ErrorOccurred) // expect: -1, 1
fRemoveDir(dir, frRecursive)
