// Help page <DiskFile>.Write (?1410089041): its example as written, on a file of the
// temporary folder in place of C:\MyDirectories\File.txt (made empty first); a Trace
// where the page only tests the result. Then its second parameter, the size to write.
sPath is string = fTempPath() + fSep() + "wl_helppage_write.txt"
fSaveText(sPath, "")
// Open an external file
MyTextFile is DiskFile
ResWrite is int
IF MyTextFile.Open(sPath, foReadWrite) = True THEN
	// Write to this file
	ResWrite = MyTextFile.Write("Meeting report")
	IF ResWrite <> -1 THEN
		Trace(ResWrite) // expect: 14
	END
	Trace(MyTextFile.Write("abcdef", 3)) // expect: 3
	MyTextFile.Close()
END
Trace(fLoadText(sPath)) // expect: Meeting reportabc
fDelete(sPath)
