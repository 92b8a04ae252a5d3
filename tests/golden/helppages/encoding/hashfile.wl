// Help pages HashFile (?1000007112) and HashCheckFile (?1000007114), English twin
// written from the French pages: their examples on files of the temporary folder
// (written first) in place of C:\ and D:\; the "process on the file" appends a line.
sDir is string = fTempPath() + fSep()
fSaveText(sDir + "wl_helppage_FileA.txt", "same content")
fSaveText(sDir + "wl_helppage_FileB.txt", "same content")
// Calculate the Hash of two files
Hash1 is Buffer = HashFile(HA_MD5_128, sDir + "wl_helppage_FileA.txt")
Hash2 is Buffer = HashFile(HA_MD5_128, sDir + "wl_helppage_FileB.txt")
// Compare the two Hashes
IF Hash1 = Hash2 THEN Info("The two files are identical.") // expect: The two files are identical.
// Calculate the Hash of the "C:\Temp\File.txt" file
HashMyFile is string
HashMyFile = HashFile(HA_MD5_128, sDir + "wl_helppage_FileA.txt")
IF HashCheckFile(HA_MD5_128, sDir + "wl_helppage_FileA.txt", ...
HashMyFile) = True THEN
	Trace("The file was not modified.") // expect: The file was not modified.
END
// Process on the file
fAppendText(sDir + "wl_helppage_FileA.txt", " and more")
// Check whether the file was modified
IF HashCheckFile(HA_MD5_128, sDir + "wl_helppage_FileA.txt", ...
HashMyFile) = False THEN
	Info("The file was modified.") // expect: The file was modified.
END
fDelete(sDir + "wl_helppage_FileA.txt")
fDelete(sDir + "wl_helppage_FileB.txt")
