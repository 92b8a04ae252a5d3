// Help pages of the DiskFile type's methods: "<DiskFile variable>.ReadLine"
// (help.windev.com ?1410089045), ".Open" (?1410090197) and fReadLine (?3036031, which takes
// a DiskFile too). Their examples open "C:\MyDirectories\File.txt"; this test writes its
// own file in the temporary folder first, then runs the examples' statements.
Path is string = fTempPath() + "/wl_help_diskfile.txt"
fSaveText(Path, "First line" + CR + "Second line")
// Open an external file
MyFile is DiskFile
MyFile = fOpen(Path, foReadWrite)
IF NOT ErrorOccurred THEN
	// Read a line in this file
	ResRead is string = MyFile.ReadLine()
	Trace(ResRead) // expect: First line
	Trace(fReadLine(MyFile)) // expect: Second line
	Trace(MyFile.ReadLine() = EOT) // expect: 1
END
MyFile.Close()
// Opening an external file
MyExternalFile is DiskFile
ResOpen is boolean
ResOpen = MyExternalFile.Open(Path, foReadWrite)
IF ResOpen THEN
	Trace(MyExternalFile.ReadLine()) // expect: First line
END
MyExternalFile.Close()
Missing is DiskFile
Trace(Missing.Open(fTempPath() + "/no_such_dir/none.txt", foRead), ErrorOccurred) // expect: 0, 1
fDelete(Path)
