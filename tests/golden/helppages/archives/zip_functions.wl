// Help pages of the archive functions, their examples as written with the paths moved
// into the temporary folder (the files they add are written first): zipAddFile ?3082008
// (zipCreate ?3082003), <zipArchive>.Create ?1000019160, zipAddFileList ?3082038,
// <zipArchive>.AddFileList ?1000019159 (without the progress bar control), zipExtractAll
// ?3082011, <zipArchive>.ExtractAll ?1000019085, zipExtractFileList ?1000017234,
// zipExtractDirectory ?1000025518, <zipArchive>.ExtractDirectory ?1000025755. The pages
// state the results: 0 when done, an error code otherwise; the Traces show the effect.
sDir is string = fTempPath() + "\wl_helppage_zip_en"
fMakeDir(sDir + "\MyDirectory\MyFiles")
fMakeDir(sDir + "\doc\Image")
fMakeDir(sDir + "\Temp")
fSaveText(sDir + "\MyDirectory\MyFiles\File.pdf", "pdf")
fSaveText(sDir + "\doc\Image\House.BMP", "bmp")
fSaveText(sDir + "\Temp\File.doc", "doc 1")
fSaveText(sDir + "\Temp\File2.doc", "doc 2")

// zipAddFile ?3082008
MyArchive is zipArchive
ResCreate is int
ResAddFile is int
// Create the archive
ResCreate = zipCreate(MyArchive, sDir + "\Archive.zip")
IF ResCreate = 0 THEN
	// Add a file into an archive
	ResAddFile = zipAddFile(MyArchive, ...
			sDir + "\MyDirectory\MyFiles\File.pdf", zipDrive)
END
// Display an error message if the file was not added
IF ResAddFile <> 0 THEN
	Error(zipMsgError(ResAddFile))
END
Trace(ResCreate) // expect: 0
Trace(ResAddFile) // expect: 0
Trace(zipNbFile(MyArchive)) // expect: 1
Trace(ExtractString(zipListFile(MyArchive), 1, "\", fromEnd)) // expect: File.pdf
zipClose(MyArchive)

// <zipArchive>.Create ?1000019160
MyArchive2 is zipArchive
ResCreate = MyArchive2.Create(sDir + "\Archive2.zip")
IF ResCreate = 0 THEN
	ResAddFile = MyArchive2.AddFile(...
			sDir + "\MyDirectory\MyFiles\File.pdf", zipDrive)
END
Trace(ResCreate) // expect: 0
Trace(ResAddFile) // expect: 0
Trace(MyArchive2.NbFile()) // expect: 1
MyArchive2.Close()

// zipAddFileList ?3082038
MyArchive3 is zipArchive
NumZipErr is int
NumZipErr = zipCreate(MyArchive3, sDir + "\ArchiveFile.zip")
IF NumZipErr = 0 THEN
	NumZipErr = zipAddFileList(MyArchive3, sDir + "\doc\Image\House.BMP" + CR +  ...
			sDir + "\Temp\File.doc" + CR + sDir + "\Temp\File2.doc", zipDrive)
	IF NumZipErr <> 0 THEN
		Error(zipMsgError(NumZipErr))
	END
	Trace(NumZipErr) // expect: 0
	Trace(zipNbFile(MyArchive3)) // expect: 3
	zipClose(MyArchive3)
ELSE
	Error(zipMsgError(NumZipErr))
END

// <zipArchive>.AddFileList ?1000019159
MyArchive4 is zipArchive
NumZipErr = MyArchive4.Create(sDir + "\ArchiveFile4.zip")
IF NumZipErr = 0 THEN
	NumZipErr = MyArchive4.AddFileList(sDir + "\doc\Image\House.BMP" + CR +  ...
			sDir + "\Temp\File.doc", zipDrive)
	IF NumZipErr <> 0 THEN
		Error(zipMsgError(NumZipErr))
	END
	Trace(NumZipErr) // expect: 0
	Trace(MyArchive4.NbFile()) // expect: 2
	MyArchive4.Close()
ELSE
	Error(zipMsgError(NumZipErr))
END

// zipExtractAll ?3082011: zipDrive puts the files back where they were
fDelete(sDir + "\Temp\File.doc")
Archive is zipArchive
// Open an archive
ResOpenArchive is int = zipOpen(Archive, sDir + "\ArchiveFile.zip")
ResExtractAll is int
IF ResOpenArchive = 0 THEN
	// Extract all files from the archive
	ResExtractAll = zipExtractAll(Archive, zipDrive)
END
Trace(ResOpenArchive) // expect: 0
Trace(ResExtractAll) // expect: 0
Trace(fLoadText(sDir + "\Temp\File.doc")) // expect: doc 1

// zipExtractFileList ?1000017234: the two .doc files, given by their stored paths,
// extracted under a folder of ours
sList is string = zipListFile(Archive)
ResExtractFile is int = zipExtractFileList(Archive, ExtractLine(sList, 2) + ...
		CR + ExtractLine(sList, 3), sDir + "\Out")
Trace(ResExtractFile) // expect: 0
Trace(fFileExist(sDir + "\Out\" + ExtractLine(sList, 2))) // expect: 1
Trace(fFileExist(sDir + "\Out\" + ExtractLine(sList, 1))) // expect: 0
zipClose(Archive)

// <zipArchive>.ExtractAll ?1000019085
Archive2 is zipArchive
ResOpenArchive = Archive2.Open(sDir + "\ArchiveFile4.zip")
IF ResOpenArchive = 0 THEN
	ResExtractAll = Archive2.ExtractAll(sDir + "\Out4")
END
Trace(ResOpenArchive) // expect: 0
Trace(ResExtractAll) // expect: 0
Trace(fLoadText(sDir + "\Out4\" + ExtractLine(Archive2.ListFile(), 1))) // expect: bmp
Archive2.Close()

// zipExtractDirectory ?1000025518: an archive whose tree has "Temp" at its root (the
// files added by relative paths with zipDirectory, from sDir made the current folder)
sOldDir is string = fCurrentDir()
fCurrentDir(sDir)
Root is zipArchive
zipCreate(Root, "Root.zip")
zipAddFile(Root, "Temp\File.doc", zipDirectory)
zipAddFile(Root, "doc\Image\House.BMP", zipDirectory)
zipClose(Root)
Archive3 is zipArchive
// Open an archive
IF zipOpen(Archive3, "Root.zip") = 0 THEN
	// Extract the "Temp" directory at the root of the archive file tree
	Trace(zipExtractDirectory(Archive3, "Temp", sDir + "\Dir")) // expect: 0
END
Trace(fLoadText(sDir + "\Dir\Temp\File.doc")) // expect: doc 1
Trace(fDirectoryExist(sDir + "\Dir\doc")) // expect: 0
// <zipArchive>.ExtractDirectory ?1000025755
Trace(Archive3.ExtractDirectory("Temp", sDir + "\Dir2")) // expect: 0
Trace(fLoadText(sDir + "\Dir2\Temp\File.doc")) // expect: doc 1
Archive3.Close()
fCurrentDir(sOldDir)
fRemoveDir(sDir, frRecursive)
Trace(fDirectoryExist(sDir)) // expect: 0
