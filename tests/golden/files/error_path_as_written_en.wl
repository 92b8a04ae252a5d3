// A file function's error names the file as the program wrote it: `D:\Data\x.csv`, not
// the host path it was mapped to (`/Data/x.csv`, docs/builtins.md "Windows paths on
// POSIX", which keeps the mapping). Before, ErrorInfo showed the host path, which the
// program never wrote and its user cannot find. (decided 5 Dec 2026 night)
sFile is string = "D:\Data\Missing\x.csv"
nFile is int = fOpen(sFile, foRead)
Trace(nFile, ErrorInfo()) // expect: -1, fOpen: cannot open 'D:\Data\Missing\x.csv': No such file or directory.
fLoadText("D:\Data\Missing\absent.txt")
Trace(ErrorInfo()) // expect: fLoadText: cannot read 'D:\Data\Missing\absent.txt': No such file or directory.
fDelete("C:\Temp\Missing\nope.txt")
Trace(ErrorInfo()) // expect: fDelete: cannot delete 'C:\Temp\Missing\nope.txt': No such file or directory.
fCopyFile("C:\Temp\Missing\nope.txt", "C:\Temp\Missing\b.txt")
Trace(ErrorInfo()) // expect: fCopyFile: cannot copy 'C:\Temp\Missing\nope.txt': No such file.
fSize("C:\Temp\Missing\nope.txt")
Trace(ErrorInfo()) // expect: fSize: cannot read the size of 'C:\Temp\Missing\nope.txt': No such file or directory.
fDate("C:\Temp\Missing\nope.txt")
Trace(ErrorInfo()) // expect: fDate: cannot read the date of 'C:\Temp\Missing\nope.txt': No such file or directory.
HashFile(HA_MD5, "D:\Data\Missing\x.csv")
Trace(ErrorInfo()) // expect: HashFile: cannot read 'D:\Data\Missing\x.csv': No such file or directory.
rReader is jsonReader = JSONOpenReader("D:\Data\Missing\order.json")
Trace(ErrorInfo()) // expect: JSONOpenReader: cannot open 'D:\Data\Missing\order.json': No such file or directory.
FOR EACH rReader
	Trace("never: nothing to go through")
END
Trace(PDFNumberOfPages("D:\Data\Missing\invoice.pdf"), ErrorInfo()) // expect: -1, PDFNumberOfPages: cannot read 'D:\Data\Missing\invoice.pdf': No such file or directory.
fListFile("D:\Data\Missing\*.csv")
Trace(ErrorInfo()) // expect: fListFile: the folder 'D:\Data\Missing' does not exist.
fDelete("D:\Data\Missing\*.tmp")
Trace(ErrorInfo()) // expect: fDelete: the folder 'D:\Data\Missing' does not exist.
// a file of a wildcard: under the folder written
sDir is string = CompleteDir(fTempPath()) + "wl_golden_errpath_" + Random(1, 999999999)
fMakeDir(sDir + "\Locked")
fSaveText(sDir + "\Locked\a.tmp", "a")
fAttribute(sDir + "\Locked\a.tmp", "+R")
Trace(fDelete(sDir + "\Locked\*.tmp")) // expect: 0
Trace(Replace(ErrorInfo(), sDir, "<dir>")) // expect: fDelete: cannot delete '<dir>\Locked\a.tmp': the file is read-only (frReadOnly deletes it).
fDelete(sDir + "\Locked\*.tmp", frReadOnly)
// a handle's errors name the path given to fOpen
nFile = fOpen(sDir + "\Locked\b.txt", foCreate)
fClose(nFile)
nFile = fOpen(sDir + "\Locked\b.txt", foRead)
Trace(fWrite(nFile, "x")) // expect: -1
Trace(Replace(ErrorInfo(), sDir, "<dir>")) // expect: fWrite: cannot write to '<dir>\Locked\b.txt': the file was not opened for writing (fOpen's mode).
fClose(nFile)
fRemoveDir(sDir, frRecursive)
