// Help page zipAddDirectory (?3082014): its example as written, sRoot (a temporary
// folder) in place of C: (the folder MyDirectory\MyFiles made first, with a file and a
// subfolder); then its syntax section: <Subdirectory> True by default, False adds the
// folder's own files only; the storing option zipDirectory (the default) stores each
// file under its folders (no drive letter: the ZIP format stores none, as for zipDrive),
// zipRelative under its path inside the added folder; an empty path is an error.
// Before: the third parameter was read as "whole path", subfolders were always added
// and the files were stored under the folder's own name.
sRoot is string = fTempPath() + fSep() + "wl_helppage_zipadddir_" + Random(1, 999999999)
fMakeDir(sRoot + "\MyDirectory\MyFiles\Sub")
fMakeDir(sRoot + "\Temp")
fSaveText(sRoot + "\MyDirectory\MyFiles\Invoice.txt", "A")
fSaveText(sRoot + "\MyDirectory\MyFiles\Sub\Order.txt", "B")
ResAddDir is int
MyArchive is zipArchive
// Create the archive
ResCreate is int = zipCreate(MyArchive, sRoot + "\Temp\Archive.zip")
IF ResCreate = 0 THEN
	// Add all the directory files
	ResAddDir = zipAddDirectory(MyArchive, ...
			sRoot + "\MyDirectory\MyFiles", True, zipDrive)
END
// Display an error message if the addition was not performed
IF ResAddDir <> 0 THEN Error(zipMsgError(ResAddDir))
Trace(ResAddDir, zipNbFile(MyArchive)) // expect: 0, 2
Trace(zipExtractPath(MyArchive, 2) =] "MyDirectory\MyFiles\Sub\Order.txt") // expect: 1
Trace(Left(zipExtractPath(MyArchive, 2), 1) <> "\") // expect: 1
zipClose(MyArchive)
// the defaults: subfolders added, zipDirectory
Second is zipArchive
zipCreate(Second, sRoot + "\Temp\Second.zip")
Trace(zipAddDirectory(Second, sRoot + "\MyDirectory\MyFiles"), zipNbFile(Second)) // expect: 0, 2
Trace(zipExtractPath(Second, 1) =] "MyDirectory\MyFiles\Invoice.txt") // expect: 1
zipClose(Second)
// without the subfolders, stored relative to the folder
Third is zipArchive
zipCreate(Third, sRoot + "\Temp\Third.zip")
Trace(zipAddDirectory(Third, sRoot + "\MyDirectory\MyFiles", False, zipRelative)) // expect: 0
Trace(zipNbFile(Third), zipExtractPath(Third, 1)) // expect: 1, Invoice.txt
Trace(zipAddDirectory(Third, sRoot + "\MyDirectory\MyFiles", True, zipRelative)) // expect: 0
Trace(zipNbFile(Third), zipExtractPath(Third, 2)) // expect: 2, Sub\Order.txt
// an empty path: an error code
Trace(zipAddDirectory(Third, "") <> 0) // expect: 1
zipClose(Third)
fRemoveDir(sRoot, frRecursive)
