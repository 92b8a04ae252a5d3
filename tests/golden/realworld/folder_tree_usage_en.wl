// (method b) The size of a folder tree per top-level folder, largest first: fListDirectory
// with a callback procedure (not recursive), fListFile of each (recursive by default)
// summed into an associative array of 8-byte ints, sorted through zero-padded keys.
// French twin occupation_arborescence_fr.wl (a structure array sorted by members).
sRoot is string = fTempPath() + "\wl_usage_" + Random(1, 99999999)
fMakeDir(sRoot + "\Customers\2024")
fMakeDir(sRoot + "\Customers\2025")
fMakeDir(sRoot + "\Invoices")
fMakeDir(sRoot + "\Empty")
fSaveText(sRoot + "\Customers\2024\a.txt", Repeat("x", 1500))
fSaveText(sRoot + "\Customers\2025\b.txt", Repeat("y", 700))
fSaveText(sRoot + "\Invoices\F001.pdf", Repeat("z", 4000))
fSaveText(sRoot + "\Invoices\F002.pdf", Repeat("z", 1200))
fSaveText(sRoot + "\readme.txt", "hello")

gaaBytes is associative array of 8-byte int
nDirs is int = fListDirectory(sRoot + "\*.*", CountTop, sRoot, frNotRecursive)
Trace(nDirs + " top folders") // expect: 3 top folders
arrNames is array of strings
FOR EACH nBytes, sName OF gaaBytes
	arrNames.Add(NumToString(nBytes, "012d") + TAB + sName)
END
ArraySort(arrNames, asDescending)
FOR EACH sLine OF arrNames
	Trace(ExtractString(sLine, 2, TAB) + ": " + Val(ExtractString(sLine, 1, TAB)) + " bytes") // expect: Invoices: 5200 bytes
// expect: Customers: 2200 bytes
// expect: Empty: 0 bytes
END
fRemoveDir(sRoot, frRecursive)

PROCEDURE CountTop(sDir, sName, bChanged, sRootDir)
sFolder is string = sDir + sName
gaaBytes[sName] = 0
FOR EACH STRING sFile OF fListFile(sFolder + "\*.*") SEPARATED BY CR
	gaaBytes[sName] += fSize(sFile)
END
RESULT True
