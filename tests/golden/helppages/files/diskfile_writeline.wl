// Help page <DiskFile>.WriteLine (?1410089042): its syntax section ("<Result>: Boolean,
// True if the write operation was performed, False if an error occurs; ErrorInfo with
// errMessage gives the details"; the stored copy's example is empty), on a file of the
// temporary folder. Before, the method gave fWriteLine's count (12) and -1 on failure,
// which `IF NOT f.WriteLine(...)` read as True.
sPath is string = fTempPath() + fSep() + "wl_helppage_writeline_" + Random(1, 999999999) + ".txt"
MyFile is DiskFile
IF MyFile.Create(sPath) THEN
	bRes is boolean = MyFile.WriteLine("Meeting report")
	Trace(bRes, TypeVar(MyFile.WriteLine("second line")) = wlBoolean) // expect: 1, 1
	MyFile.Close()
END
Trace(Replace(fLoadText(sPath), CR, "|")) // expect: Meeting report|second line|
// written after the close: False, the error in ErrorInfo
IF NOT MyFile.WriteLine("lost") THEN
	Trace("not written", ErrorOccurred, ErrorInfo(errMessage) <> "") // expect: not written, 1, 1
END
// the function keeps its count of bytes (fWriteLine, docs/builtins.md)
nFile is int = fOpen(sPath, foAdd)
Trace(fWriteLine(nFile, "third")) // expect: 7
fClose(nFile)
fDelete(sPath)
