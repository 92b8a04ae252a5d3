// fCompare, fCrypt/fDecrypt, fCompress/fUncompress (gzip), fShortPath/fLongPath
dir is string = CompleteDir(fTempPath()) + "wl_golden_ftransform_" + Random(1, 999999999)
fMakeDir(dir)
a is string = fBuildPath(dir, "a", "txt")
fSaveText(a, "Hello, files" + CR + "second line")
fCopyFile(a, fBuildPath(dir, "b", "txt"))
fSaveText(fBuildPath(dir, "c", "txt"), "Hello, files" + CR + "second lime")
Trace(fCompare(a, fBuildPath(dir, "b", "txt")), fCompare(a, fBuildPath(dir, "c", "txt"))) // expect: 0, 1
Trace(fCompare(a, fBuildPath(dir, "missing", "txt")), ErrorOccurred, fCompare(fBuildPath(dir, "missing", "txt"), a)) // expect: -2, 1, -1
Trace(fCrypt(a, fBuildPath(dir, "a", "enc"), "secret")) // expect: 1
Trace(fLoadText(fBuildPath(dir, "a", "enc")) = fLoadText(a)) // expect: 0
Trace(fDecrypt(fBuildPath(dir, "a", "enc"), fBuildPath(dir, "a2", "txt"), "secret"), fCompare(a, fBuildPath(dir, "a2", "txt"))) // expect: 1, 0
Trace(fDecrypt(fBuildPath(dir, "a", "enc"), fBuildPath(dir, "a3", "txt"), "wrong"), ErrorOccurred, fFileExist(fBuildPath(dir, "a3", "txt"))) // expect: 0, 1, 0
Trace(fCompress(a, fBuildPath(dir, "a", "gz"))) // expect: 1
Trace(BufferToHexa(Left(fLoadBuffer(fBuildPath(dir, "a", "gz")), 2), NoGrouping, NoLine)) // expect: 1F8B
Trace(fUncompress(fBuildPath(dir, "a", "gz"), fBuildPath(dir, "a4", "txt")), fCompare(a, fBuildPath(dir, "a4", "txt"))) // expect: 1, 0
Trace(fUncompress(a, fBuildPath(dir, "a5", "txt")), ErrorOccurred) // expect: 0, 1
Trace(fShortPath(a) = a, fLongPath(dir) = dir, "[" + fShortPath(fBuildPath(dir, "none")) + "]", ErrorOccurred) // expect: 1, 1, [], 1
fRemoveDir(dir, frRecursive)
Trace(fDirectoryExist(dir)) // expect: 0
