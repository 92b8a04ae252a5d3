// Help page zipInfoFile (?3082040): its example, in a temporary folder (sRoot in place
// of C:, the archive made first holding Directory\File.doc); the Info line, whose
// dates change with each run, is replaced by Traces of the fields its syntax lists:
// path, initial size, compressed size, creation, modification and access dates
// (YYYYMMDDHHmmSS), attributes, encryption (0: none).
sRoot is string = fTempPath() + fSep() + "wl_helppage_zipinfo_" + Random(1, 999999999)
fMakeDir(sRoot + "\Directory")
fMakeDir(sRoot + "\Archives")
fSaveText(sRoot + "\Directory\File.doc", "Quarterly report")
Made is zipArchive
zipCreate(Made, sRoot + "\Archives\Archive.zip")
zipAddFile(Made, sRoot + "\Directory\File.doc", zipDrive)
zipClose(Made)
Archive is zipArchive

// Open an archive
ResOpenArchive is int = zipOpen(Archive, sRoot + "\Archives\Archive.zip")

IF ResOpenArchive = 0 THEN
	// Information about an archive file
	ResFileInfo is string = zipInfoFile(Archive, sRoot + "\Directory\File.doc")
	// Display the file information
	Trace(ExtractString(ResFileInfo, 1, TAB) =] "Directory\File.doc") // expect: 1
	Trace(ExtractString(ResFileInfo, 2, TAB)) // expect: 16
	Trace(Length(ExtractString(ResFileInfo, 5, TAB))) // expect: 14
	Trace(Left(ExtractString(ResFileInfo, 5, TAB), 8) = DateToString(Today(), "YYYYMMDD")) // expect: 1
	Trace(ExtractString(ResFileInfo, 8, TAB)) // expect: 0
	// by its index, the same line; a file the archive does not hold: ""
	Trace(zipInfoFile(Archive, 1) = ResFileInfo) // expect: 1
	Trace(zipInfoFile(Archive, "Other.doc") = "") // expect: 1
END
zipClose(Archive)
fRemoveDir(sRoot, frRecursive)
