// Help page `<DiskFile>.Create` (?1410090211): its example (its stored English copy
// writes `.Created`, the automatic translation of the French `.Crée`: run as
// `.Create`), the file in a temporary folder in place of C:\MyDirectories; then its
// syntax section: an existing file is destroyed and re-created, and the lock option
// foAutomaticDeletion deletes the file when it is closed (it was unknown, and the file
// stayed). The same option with fCreate and fOpen (?3036008's constants).
sDir is string = fTempPath() + fSep() + "wl_helppage_dfcreate_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + fSep() + "File.txt", "former content")
// Create the external file
ResOpen is boolean
MyExternalFile is DiskFile
ResOpen = MyExternalFile.Create(sDir + fSep() + "File.txt")
IF NOT ErrorOccurred THEN
	Trace(ResOpen) // expect: 1
END
MyExternalFile.Close()
Trace(fSize(sDir + fSep() + "File.txt")) // expect: 0
// foAutomaticDeletion: deleted when closed
TempFile is DiskFile
Trace(TempFile.Create(sDir + fSep() + "Work.tmp", foAutomaticDeletion)) // expect: 1
TempFile.WriteLine("scratch")
Trace(fFileExist(sDir + fSep() + "Work.tmp")) // expect: 1
TempFile.Close()
Trace(fFileExist(sDir + fSep() + "Work.tmp")) // expect: 0
nID is int = fCreate(sDir + fSep() + "Other.tmp", foAutomaticDeletion)
fClose(nID)
Trace(fFileExist(sDir + fSep() + "Other.tmp")) // expect: 0
fSaveText(sDir + fSep() + "Kept.txt", "x")
nID = fOpen(sDir + fSep() + "Kept.txt", foRead + foAutomaticDeletion)
Trace(fReadLine(nID)) // expect: x
fClose(nID)
Trace(fFileExist(sDir + fSep() + "Kept.txt")) // expect: 0
fRemoveDir(sDir, frRecursive)
