// fCopyFile and fCopyDir ask a procedure before each file: fcCopy copies it, fcIgnore
// skips it, fcStop stops the copy (the result is then False); ?3036008 names the three
// answers, the rest is decided (docs/builtins.md "fCopyFile and fCopyDir with a procedure")
sDir is string = CompleteDir(fTempPath()) + "wl_golden_fcopy_" + Random(1, 999999999)
fMakeDir(sDir + "/from")
fMakeDir(sDir + "/to")
fSaveText(sDir + "/from/a.txt", "A")
fSaveText(sDir + "/from/b.log", "B")
fSaveText(sDir + "/from/c.txt", "C")
Trace(fCopyFile(sDir + "/from/*.*", sDir + "/to", 0, OnlyText, "files"))  // expect: 1
Trace(fFileExist(sDir + "/to/a.txt"), fFileExist(sDir + "/to/b.log"), fFileExist(sDir + "/to/c.txt")) // expect: 1, 0, 1
Trace(fCopyDir(sDir + "/from", sDir + "/copy", StopAtC))                   // expect: 0
Trace(fFileExist(sDir + "/copy/c.txt"), ErrorOccurred)                     // expect: 0, 0
Trace(fCopyFile(sDir + "/from/a.txt", sDir + "/to/d.txt", Yes))            // expect: 1
Trace(fLoadText(sDir + "/to/d.txt"))                                        // expect: A
fDelete(sDir + "/from/a.txt") ; fDelete(sDir + "/from/b.log") ; fDelete(sDir + "/from/c.txt")
fDelete(sDir + "/to/a.txt") ; fDelete(sDir + "/to/c.txt") ; fDelete(sDir + "/to/d.txt")
fDelete(sDir + "/copy/a.txt") ; fDelete(sDir + "/copy/b.log")
fRemoveDir(sDir + "/from") ; fRemoveDir(sDir + "/to") ; fRemoveDir(sDir + "/copy")
fRemoveDir(sDir)
fCopyFile(sDir + "/nothing.txt", sDir + "/x.txt", 0, Yes)
Trace(ErrorOccurred)                                                        // expect: 1

PROCEDURE OnlyText(sSource, sDestination, sWhat)
IF fExtractPath(sSource, fExtension) = ".txt" THEN RESULT fcCopy
RESULT fcIgnore

PROCEDURE StopAtC(sSource)
IF fExtractPath(sSource, fFileName) = "c" THEN RESULT fcStop
RESULT fcCopy

PROCEDURE Yes(sSource, sDestination)
RESULT True
