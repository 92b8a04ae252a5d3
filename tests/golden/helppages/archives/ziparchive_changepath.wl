// Help page `<zipArchive>.ChangePath` (?1000026329): its example, the archive made
// first in a temporary folder in place of C:\MyArchives (holding File.doc); the stored
// path changes, the content stays (passes as written).
sDir is string = fTempPath() + fSep() + "wl_helppage_changepath_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + fSep() + "File.doc", "minutes")
Made is zipArchive
Made.Create(sDir + fSep() + "Archive.zip")
Made.AddFile(sDir + fSep() + "File.doc")
Made.Close()
MyArchive is zipArchive
// Open an archive
ResOpenArchive is int = MyArchive.Open(sDir + fSep() + "Archive.zip")
IF ResOpenArchive = 0 THEN
	// Modify the stored path of File.doc
	ResChangePath is int = MyArchive.ChangePath("File.doc", "Backup.doc")
	Trace(ResChangePath, MyArchive.ListFile()) // expect: 0, Backup.doc
	Trace(MyArchive.FindFile("File.doc")) // expect: -1
	Trace(MyArchive.ExtractFile("Backup.doc", sDir + fSep() + "Out")) // expect: 0
	Trace(fLoadText(sDir + fSep() + "Out" + fSep() + "Backup.doc")) // expect: minutes
END
MyArchive.Close()
fRemoveDir(sDir, frRecursive)
