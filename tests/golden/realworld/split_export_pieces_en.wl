// A big export cut into pieces small enough to be mailed, then joined again and checked
// (fSplit, fMerge, HashFile, fCompress / fUncompress, fCompare), as a WINDEV developer
// writes it. Giving fSplit the pieces' name where it takes their size (fSplit(file,
// size [, folder])) said "a piece must be at least one byte, not 0": the error now says
// which parameter is the size. French twin: decoupe_export_morceaux_fr.wl.
sDir is string = fTempPath() + "\wl_golden_split_" + Random(1, 99999999)
fMakeDir(sDir + "\out")
fSaveText(sDir + "\export.csv", Repeat("4711;Widget;12.50" + CR, 1500))
nPieces is int = fSplit(sDir + "\export.csv", "D:\Mail\piece", 10000)
IF nPieces = -1 THEN Trace(ErrorInfo(errMessage)) // expect: fSplit: the second parameter is the size of a piece in bytes (fSplit(file, size [, folder])), not the text "D:\Mail\piece".
nPieces = fSplit(sDir + "\export.csv", 10000, sDir + "\out")
Trace(nPieces, fSize(sDir + "\out\export.csv.001"), fSize(sDir + "\out\export.csv.003")) // expect: 3, 10000, 8500
Trace(fMerge(sDir + "\out\export.csv.001", sDir + "\joined.csv")) // expect: 1
Trace(HashFile(HA_SHA_256, sDir + "\joined.csv") = HashFile(HA_SHA_256, sDir + "\export.csv")) // expect: 1
Trace(fCompress(sDir + "\export.csv", sDir + "\export.cmp"), fSize(sDir + "\export.cmp") < 2000) // expect: 1, 1
Trace(fUncompress(sDir + "\export.cmp", sDir + "\back.csv")) // expect: 1
Trace(fCompare(sDir + "\export.csv", sDir + "\back.csv")) // expect: 0
fRemoveDir(sDir, frRecursive)
