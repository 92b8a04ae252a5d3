// Help pages zipDeleteFile (?3082041) and `<zipArchive>.DeleteFile` (?1000019152):
// their examples, the archive in a temporary folder in place of C:\Temp (made first,
// holding File.doc, MyDoc.pdf and Notes.txt); then the syntax by index (zipFindFile
// gives it) and a file the archive does not hold (an error code, zipMsgError's).
sDir is string = fTempPath() + fSep() + "wl_helppage_zipdel_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + fSep() + "File.doc", "doc")
fSaveText(sDir + fSep() + "MyDoc.pdf", "pdf")
fSaveText(sDir + fSep() + "Notes.txt", "txt")
Made is zipArchive
zipCreate(Made, sDir + fSep() + "Archive.zip")
zipAddFileList(Made, sDir + fSep() + "File.doc" + CR + sDir + fSep() + "MyDoc.pdf" + CR + sDir + fSep() + "Notes.txt")
zipClose(Made)
MyArchive is zipArchive
// Create the archive
ResOpen is int = zipOpen(MyArchive, sDir + fSep() + "Archive.zip")
ResDelete is int
IF ResOpen = 0 THEN
	// Delete "File.doc"
	ResDelete = zipDeleteFile(MyArchive, "File.doc")
	Trace(ResDelete, zipNbFile(MyArchive), zipFindFile(MyArchive, "File.doc")) // expect: 0, 2, -1
END
// by its index
Trace(zipDeleteFile(MyArchive, zipFindFile(MyArchive, "MyDoc.pdf")), zipListFile(MyArchive)) // expect: 0, Notes.txt
// a file the archive does not hold
ResDelete = zipDeleteFile(MyArchive, "File.doc")
Trace(ResDelete > 0, zipMsgError(ResDelete)) // expect: 1, The file was not found in the archive.
zipClose(MyArchive)
// the method form
Other is zipArchive
ResOpen = Other.Open(sDir + fSep() + "Archive.zip")
IF ResOpen = 0 THEN
	// Delete "Notes.txt"
	ResDelete = Other.DeleteFile("Notes.txt")
	Trace(ResDelete, Other.NbFile()) // expect: 0, 0
END
Other.Close()
fRemoveDir(sDir, frRecursive)
