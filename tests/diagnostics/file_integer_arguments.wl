// A file function given a real literal where the help types an integer (a size or a
// constant): the run truncates it toward zero, so the check says the decimal
// part is lost (WL206).
sFile is string = fTempPath() + "/invoice_size.txt"
fSaveText(sFile, "0123456789")
Trace(fChangeSize(sFile, 4.5)) // warning: WL206:26 fChangeSize expects an integer as parameter 2: 4.5 is read as 4, its decimal part is lost
Trace(fSize(sFile))
fDelete(sFile)
