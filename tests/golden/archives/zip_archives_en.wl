// zip archives (?3082003 zipCreate, ?3082044 zipOpen, ?3082008 zipAddFile, ?3082019 zipExtractFile)
dir is string = CompleteDir(fTempPath()) + "wl_golden_zip_" + Random(1, 999999999)
fMakeDir(fBuildPath(dir, "src\sub"))
fSaveText(fBuildPath(dir, "a", "txt"), "alpha")
fSaveText(fBuildPath(dir, "src\b", "txt"), "bravo")
fSaveText(fBuildPath(dir, "src\sub\c", "csv"), "charlie")
arch is string = fBuildPath(dir, "backup", "zip")
// an archive named by a string
Trace(zipCreate("Backup", arch), zipAddFile("Backup", fBuildPath(dir, "a", "txt"))) // expect: 0, 0
// a folder given relative to the current one is stored under its path as given
// (zipDirectory, the default: ?3082014)
sBefore is string = fCurrentDir()
fCurrentDir(dir)
Trace(zipAddDirectory("Backup", "src"), zipNbFile("Backup")) // expect: 0, 3
fCurrentDir(sBefore)
i is int = zipFindFile("Backup", "SRC\SUB\C.CSV")
Trace(i, zipExtractPath("Backup", i)) // expect: 3, src\sub\c.csv
Trace(zipExtractPath("Backup", i, zipFileName + zipExtension), zipExtractPath("Backup", i, zipDirectory)) // expect: c.csv, src\sub\
Trace(zipAddFile("Backup", fBuildPath(dir, "none", "txt")), zipMsgError(1)) // expect: 1, The path passed as parameter does not exist.
Trace(zipClose("Backup"), zipNbFile("Backup"), zipClose("Backup"), zipMsgError(4)) // expect: 0, -1, 4, The archive is not opened.
// a zipArchive variable, read-only
a is zipArchive
Trace(zipOpen(a, arch, zipRead), zipDeleteFile(a, 1)) // expect: 0, 8
out is string = fBuildPath(dir, "out")
Trace(zipExtractAll(a, out), fLoadText(fBuildPath(out, "src\sub\c", "csv")), fLoadText(fBuildPath(out, "a", "txt"))) // expect: 0, charlie, alpha
Trace(zipExtractFile(a, "a.txt", fBuildPath(dir, "one")), fLoadText(fBuildPath(dir, "one\a", "txt"))) // expect: 0, alpha
Trace(zipFindFile(a, "zz"), zipExtractFile(a, 9), zipMsgError(7), "[" + zipMsgError(0) + "]") // expect: -1, 7, The file was not found in the archive., []
// zipExtractDirectory (?1000025518): the files below a stored folder, under their stored path
Trace(zipExtractDirectory(a, "src\sub", fBuildPath(dir, "part")), fLoadText(fBuildPath(dir, "part\src\sub\c", "csv")), fFileExist(fBuildPath(dir, "part\src\b", "txt"))) // expect: 0, charlie, 0
Trace(zipExtractDirectory(a, "nowhere", fBuildPath(dir, "part"))) // expect: 7
Trace(zipClose(a)) // expect: 0
// errors: missing, unsupported format, damaged
Trace(zipOpen(a, fBuildPath(dir, "missing", "zip"), zipRead), zipOpen(a, fBuildPath(dir, "x", "rar"))) // expect: 1, 5
fSaveText(fBuildPath(dir, "bad", "zip"), "not a zip")
Trace(zipOpen(a, fBuildPath(dir, "bad", "zip")), zipMsgError(3)) // expect: 3, The archive is corrupted.
// the file written is a standard zip: reopened, its content is all there
Trace(zipOpen(a, arch), zipNbFile(a), zipDeleteFile(a, "a.txt"), zipNbFile(a), zipExtractPath(a, 1)) // expect: 0, 3, 0, 2, src\b.txt
zipClose(a)
// methods of a zipArchive variable (?1000019160, ?1000019097): the zip* function with the variable first
m is zipArchive
Trace(m.Create(fBuildPath(dir, "m", "tar")), m.AddFile(fBuildPath(dir, "a", "txt")), m.NbFile(), m.FindFile("a.txt")) // expect: 0, 0, 1, 1
Trace(m.Close(), m.Open(fBuildPath(dir, "m", "tar"), zipRead), m.ExtractPath(1, zipExtension)) // expect: 0, 0, .txt
m.Close()
names is array of strings = [fBuildPath(dir, "a", "txt"), fBuildPath(dir, "src\b", "txt")]
Trace(zipCreate("L", fBuildPath(dir, "l", "zip")), zipAddFileList("L", names), zipNbFile("L"), zipClose("L")) // expect: 0, 0, 2, 0
fRemoveDir(dir, frRecursive)
Trace(fDirectoryExist(dir)) // expect: 0
