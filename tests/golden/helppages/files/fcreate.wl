// Help page fCreate (?3036017; its example is not in the stored copy): what its syntax
// section states, run in a temporary folder: the result identifies the file for the
// other f* functions, -1 on error (ErrorInfo with errMessage says why); an existing
// file of that name is destroyed and re-created; a relative path is taken from
// fCurrentDir. Cleaned up after.
sDir is string = fTempPath() + fSep() + "wl_helppage_fcreate_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + fSep() + "File.txt", "former content")
FileID is int = fCreate(sDir + fSep() + "File.txt")
Trace(FileID <> -1, ErrorOccurred) // expect: 1, 0
fWriteLine(FileID, "new content")
fClose(FileID)
Trace(fLoadText(sDir + fSep() + "File.txt")) // expect: new content
// expect:
// -1 if an error occurred (here: a folder that does not exist)
FileID = fCreate(sDir + fSep() + "Missing" + fSep() + "File.txt")
Trace(FileID, ErrorOccurred) // expect: -1, 1
Trace(ErrorInfo(errMessage) <> "") // expect: 1
// a relative path: from the current directory
sBefore is string = fCurrentDir()
fCurrentDir(sDir)
FileID = fCreate("Relative.txt")
fClose(FileID)
fCurrentDir(sBefore)
Trace(fFileExist(sDir + fSep() + "Relative.txt")) // expect: 1
fRemoveDir(sDir, frRecursive)
