// A file function given a real literal where the help types an integer (a size or a
// constant): the run truncates it toward zero, so the check says the decimal
// part is lost (WL206).
sFile is string = fTempPath() + "/invoice_size.txt"
fSaveText(sFile, "0123456789")
Trace(fChangeSize(sFile, 4.5)) // warning: WL206:26 fChangeSize expects an integer as parameter 2: 4.5 is read as 4, its decimal part is lost
Trace(fSize(sFile))
// and an open file's positions and counts (fSeek, fRead, fLock, fFind read them so)
nFile is int = fOpen(sFile, foReadWrite)
Trace(fSeek(nFile, 2.9)) // warning: WL206:20 fSeek expects an integer as parameter 2: 2.9 is read as 2, its decimal part is lost
Trace(fRead(nFile, 1.5)) // warning: WL206:20 fRead expects an integer as parameter 2: 1.5 is read as 1, its decimal part is lost
Trace(fLock(nFile, 0, 1.5)) // warning: WL206:23 fLock expects an integer as parameter 3: 1.5 is read as 1, its decimal part is lost
Trace(fUnlock(nFile, 0, 1.5)) // warning: WL206:25 fUnlock expects an integer as parameter 3: 1.5 is read as 1, its decimal part is lost
Trace(fFind(nFile, "3", True, 0, 0.5)) // warning: WL206:34 fFind expects an integer as parameter 5: 0.5 is read as 0, its decimal part is lost
fClose(nFile)
fDelete(sFile)
