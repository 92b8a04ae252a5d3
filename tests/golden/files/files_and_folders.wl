// Files and folders: handles, lines, buffers, copies, listings, paths (English names)
dir is string = CompleteDir(fTempPath()) + "wl_golden_files_" + Random(1, 999999999)
Trace(fMakeDir(dir), fDirectoryExist(dir)) // expect: 1, 1
name is string = CompleteDir(dir) + "notes.txt"
h is int = fCreate(name)
Trace(h > 0) // expect: 1
Trace(fWriteLine(h, "first line")) // expect: 12
fWriteLine(h, "café")
fClose(h)
Trace(fSize(name)) // expect: 19
h = fOpen(name, foRead)
line is string = fReadLine(h)
WHILE line <> EOT
	Trace(line)
	line = fReadLine(h)
END
// expect: first line
// expect: café
fClose(h)
// append, then read bytes
h = fOpen(name, foReadWrite + foAdd)
fWrite(h, "end")
fClose(h)
h = fOpen(name, foRead)
fSeek(h, -3, fpEnd)
Trace(fRead(h, 10)) // expect: end
Trace(fRead(h, 10) = "") // expect: 1
fClose(h)
// whole files
Trace(fSaveBuffer(CompleteDir(dir) + "bin.dat", Charact(0) + Charact(233) + Charact(255))) // expect: 1
b is Buffer = fLoadBuffer(CompleteDir(dir) + "bin.dat")
Trace(Length(b), Asc(b[[2]]), fSize(CompleteDir(dir) + "bin.dat")) // expect: 3, 233, 3
Trace(fCopyFile(name, CompleteDir(dir) + "copy.txt")) // expect: 1
Trace(fRename(CompleteDir(dir) + "copy.txt", CompleteDir(dir) + "renamed.txt")) // expect: 1
Trace(fFileExist(CompleteDir(dir) + "copy.txt")) // expect: 0
list is string = fListFile(CompleteDir(dir) + "*.txt")
Trace(Replace(list, CompleteDir(dir), "")) // expect: notes.txt
// expect: renamed.txt
fMakeDir(CompleteDir(dir) + "sub")
Trace(Replace(fListDirectory(dir), CompleteDir(dir), "")) // expect: sub
Trace(fMoveFile(CompleteDir(dir) + "renamed.txt", CompleteDir(dir) + "sub")) // expect: 1
Trace(fFileExist(CompleteDir(dir) + "sub" + fSeparator() + "renamed.txt")) // expect: 1
Trace(Length(fDate(name)), Length(fTime(name))) // expect: 8, 8
// errors are non-fatal: the error value, ErrorOccurred and ErrorInfo
Trace(fOpen(CompleteDir(dir) + "missing.txt", foRead), ErrorOccurred) // expect: -1, 1
Trace(Position(ErrorInfo(), "missing.txt") > 0) // expect: 1
Trace(fSize(CompleteDir(dir) + "missing.txt")) // expect: -1
Trace(fRemoveDir(dir), ErrorOccurred) // expect: 0, 1
Trace(fRemoveDir(dir, frRecursive), fDirectoryExist(dir)) // expect: 1, 0
// paths
Trace(fExtractPath("C:\Temp\report.final.pdf", fFileName + fExtension)) // expect: report.final.pdf
Trace(fExtractPath("C:\Temp\report.pdf", fDrive + fDirectory)) // expect: C:\Temp\
Trace(fExtractPath("C:\Temp\report.pdf", fExtension)) // expect: .pdf
Trace(CompleteDir("C:\Temp"), UncompleteDir("C:\Temp\")) // expect: C:\Temp\, C:\Temp
Trace(fSeparator("C:\Temp\report.pdf"), fSeparator()) // expect: C:/Temp/report.pdf, /
