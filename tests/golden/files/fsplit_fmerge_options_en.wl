// fSplit / fMerge with the options of ?3036008: fDeleteSource (the source once cut, the
// pieces once joined), fDeleteDestination (fMerge replaces a destination that exists;
// without it, fMerge leaves it and fails: decided, docs/builtins.md "Folders,
// attributes, pieces, locks")
dir is string = CompleteDir(fTempPath()) + "wl_golden_pieces_" + Random(1, 999999999)
fMakeDir(dir)
big is string = dir + "/big.txt"
fSaveText(big, "0123456789AB")
Trace(fSplit(big, 5, fDeleteSource), fFileExist(big), fFileExist(big + ".003")) // expect: 3, 0, 1
fSaveText(dir + "/joined.txt", "old")
Trace(fMerge(big, dir + "/joined.txt"), ErrorOccurred, fLoadText(dir + "/joined.txt")) // expect: 0, 1, old
Trace(fMerge(big, dir + "/joined.txt", fDeleteDestination), fLoadText(dir + "/joined.txt")) // expect: 1, 0123456789AB
Trace(fMerge(big + ".001", dir + "/again.txt", fDeleteSource + fDeleteDestination), fFileExist(big + ".001")) // expect: 1, 0
Trace(fSplit(dir + "/again.txt", 100, dir, fDeleteSource), fFileExist(dir + "/again.txt.001")) // expect: 1, 1
// a piece size far past the file's: one piece (it stopped the run: "Not enough memory")
Trace(fSplit(dir + "/again.txt.001", 100000000000), fLoadText(dir + "/again.txt.001.001")) // expect: 1, 0123456789AB
fRemoveDir(dir, frRecursive)
