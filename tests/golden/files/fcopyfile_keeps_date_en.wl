// fCopyFile keeps the file's modification date, as Windows' CopyFile does and as
// fCopyDir already did: the copy was dated the moment of copying, so code comparing
// fDateTime of a file and its copy copied it again each time (docs/builtins.md
// "fCopyFile keeps the modification date"; INFERRED: fCopyFile's page is not stored).
// French twin fcopiefichier_garde_date_fr.wl.
sDir is string = fTempPath() + fSep() + "wl_golden_copydate_" + Random(1, 999999999)
fMakeDir(sDir + fSep() + "save")
sFile is string = sDir + fSep() + "invoice.txt"
fSaveText(sFile, "Invoice 1")
fDateTime(sFile, "20240315093000")
fCopyFile(sFile, sDir + fSep() + "save")
Trace(fDateTime(sDir + fSep() + "save" + fSep() + "invoice.txt")) // expect: 2024031509300000
fCopyFile(sFile, sDir + fSep() + "copy.txt")
Trace(fDate(sDir + fSep() + "copy.txt"), fTime(sDir + fSep() + "copy.txt")) // expect: 20240315, 09300000
// wildcards too
fCopyFile(sDir + fSep() + "*.txt", sDir + fSep() + "save")
Trace(fDate(sDir + fSep() + "save" + fSep() + "copy.txt")) // expect: 20240315
fRemoveDir(sDir, frRecursive)
