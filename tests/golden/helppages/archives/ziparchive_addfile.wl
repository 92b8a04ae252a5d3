// Help page `<zipArchive variable>.AddFile` (?1000019050, its French page
// .AjouteFichier; French twin ziparchive_ajoutefichier.wl): its example translated,
// C:\Temp and C:\MyDirectory\MyFiles replaced by a temporary folder. With zipDrive the
// file is stored with its folders (never the drive letter).
sDir is string = fTempPath() + fSep() + "wl_helppage_addfile_" + Random(1, 999999999)
fMakeDir(sDir + fSep() + "MyFiles")
fSaveText(sDir + fSep() + "MyFiles" + fSep() + "File.pdf", "%PDF-1.4")
MyArchive is zipArchive
ResCreate is int
ResAddFile is int
// Create the archive
ResCreate = MyArchive.Create(sDir + fSep() + "Archive.zip")
IF ResCreate = 0 THEN
	// Add a file into an archive
	ResAddFile = MyArchive.AddFile(...
			sDir + fSep() + "MyFiles" + fSep() + "File.pdf", zipDrive)
END
// Display an error message if the file was not added
IF ResAddFile <> 0 THEN
	Error(zipMsgError(ResAddFile))
END
Trace(ResCreate, ResAddFile, MyArchive.NbFile()) // expect: 0, 0, 1
Trace(MyArchive.ExtractPath(1, zipFileName + zipExtension)) // expect: File.pdf
Trace(Right(MyArchive.ExtractPath(1, zipDirectory), 9)) // expect: \MyFiles\
MyArchive.Close()
fRemoveDir(sDir, frRecursive)
