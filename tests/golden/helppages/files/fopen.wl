// Help page "fOpen (Function)" (French page doc.pcsoft.fr ?3036036, fOuvre) with the
// English names: its three examples, the file "C:\MyDirectories\File.txt" replaced by a
// file of the temporary folder, with a Trace in each "..." block.
Path is string = fTempPath() + fSep() + "wl_help_fopen.txt"
fSaveText(Path, "First line")
// Open an external file
ResOpen is int
ResOpen = fOpen(Path, foReadWrite)
IF ResOpen <> -1 THEN
	Trace("1:", fReadLine(ResOpen))             // expect: 1:, First line
	fClose(ResOpen)
END
// Open an external file
MyExternalFile is DiskFile
MyExternalFile = fOpen(Path, foReadWrite)
IF NOT ErrorOccurred THEN
	Trace("2:", MyExternalFile.ReadLine())       // expect: 2:, First line
	MyExternalFile.Close()
END
// Open an external file
MyExternalFile2 is DiskFile
ResOpen2 is boolean
ResOpen2 = fOpen(MyExternalFile2, Path, foReadWrite)
IF ResOpen2 THEN
	Trace("3:", fReadLine(MyExternalFile2))     // expect: 3:, First line
	fClose(MyExternalFile2)
END
// A file that cannot be opened: -1 (or False) and ErrorOccurred
Trace(fOpen(Path + ".missing", foRead), ErrorOccurred)  // expect: -1, 1
Trace(fOpen(MyExternalFile2, Path + ".missing", foRead), ErrorOccurred)  // expect: 0, 1
fDelete(Path)
