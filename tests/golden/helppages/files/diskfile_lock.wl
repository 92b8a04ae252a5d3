// Help page `<DiskFile variable>.Lock` ?1410089037: its example as written (it calls the
// method `.fLock()`, as the page does), the file made in the temporary folder instead of
// C:\MyDirectories, its "..." lines left out; then the syntax's optional range and
// `.Unlock()`. French twin fichierdisque_bloque.wl.
sFile is string = fTempPath() + fSep() + "wl_helppage_dflock_" + Random(1, 999999999) + ".txt"
fSaveText(sFile, "counter=41")
// Open an external file
MyTextFile is DiskFile
ResLock is boolean
IF MyTextFile.Open(sFile, foReadWrite) = True THEN
	// Lock the external file
	ResLock = MyTextFile.fLock()
	Trace(ResLock) // expect: 1
	Trace(MyTextFile.Unlock(), MyTextFile.Lock(0, 7), MyTextFile.Unlock()) // expect: 1, 1, 1
	MyTextFile.Close()
END
fDelete(sFile)
