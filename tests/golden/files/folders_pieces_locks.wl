// fDirRename, fMoveDir, fAttribute, fChangeSize, fSplit/fMerge, fLock/fUnlock, fFind (docs/builtins.md, "Folders, attributes, pieces, locks")
dir is string = CompleteDir(fTempPath()) + "wl_golden_folders_" + Random(1, 999999999)
fMakeDir(dir + "/old")
fSaveText(dir + "/old/a.txt", "hello")
// PC SOFT's help: fDirRename("C:\Directory", "RenamedDirectory") keeps the parent
Trace(fDirRename(dir + "/old", "renamed"), fDirectoryExist(dir + "/renamed"), fDirectoryExist(dir + "/old")) // expect: 1, 1, 0
Trace(fDirRename(dir + "/missing", "x"), ErrorOccurred) // expect: 0, 1
Trace(fMoveDir(dir + "/renamed", dir + "/moved"), fFileExist(dir + "/moved/a.txt"), fDirectoryExist(dir + "/renamed")) // expect: 1, 1, 0
f is string = dir + "/moved/a.txt"
Trace(fAttribute(f), fAttribute(dir + "/moved")) // expect: , D
Trace(fAttribute(f, "+R"), fAttribute(f), fAttribute(f, "-R"), fAttribute(f) = "") // expect: 1, R, 1, 1
Trace(fAttribute(f, "RA"), fAttribute(f), fAttribute(f, "")) // expect: 1, R, 1
Trace(fAttribute(f, "+H"), ErrorOccurred) // expect: 0, 1
Trace(fAttribute(dir + "/none.txt"), ErrorOccurred) // expect: ERR, 1
Trace(fChangeSize(f, 3), fLoadText(f), fChangeSize(f, 6), fSize(f), fChangeSize(f, -1)) // expect: 1, hel, 1, 6, 0
big is string = dir + "/big.txt"
fSaveText(big, "0123456789ABCDEFGHIJ!")
Trace(fSplit(big, 5), fSize(big + ".001"), fSize(big + ".005"), fFileExist(big + ".006")) // expect: 5, 5, 1, 0
Trace(fSplit(big, 0), Position(ErrorInfo(), "at least one byte") > 0, fChangeSize(f, -2), Position(ErrorInfo(), "cannot be negative") > 0) // expect: -1, 1, 0, 1
Trace(fMerge(big + ".001", dir + "/joined.txt"), fLoadText(dir + "/joined.txt")) // expect: 1, 0123456789ABCDEFGHIJ!
Trace(fMerge(dir + "/nothing", dir + "/x.txt"), ErrorOccurred) // expect: 0, 1
h1 is int = fOpen(dir + "/joined.txt", foReadWrite)
h2 is int = fOpen(dir + "/joined.txt", foReadWrite)
Trace(fLock(h1), fLock(h2), ErrorOccurred) // expect: 1, 0, 1
Trace(fUnlock(h1), fLock(h2, 0, 5), fLock(h1, 10, 5), fLock(h1, 2, 2)) // expect: 1, 1, 1, 0
Trace(fFind(h1, "abc", False), fFind(h1, "CDE"), fFind(h1, "abc"), fFind(h1, "0", True, FromEnd)) // expect: 10, 12, -1, 0
fSeek(h1, 13)
Trace(fFind(h1, "E"), fFind(h1, "C"), fRead(h1, 2)) // expect: 14, -1, DE
fClose(h1)
fClose(h2)
Trace(fRemoveDir(dir, frRecursive)) // expect: 1
