// fListFile on a Windows-style pattern whose folder is relative and written without a
// backslash of its own (`sDir + "\*.txt"`, sDir = "Invoices"): the paths are the folder
// as written, then `\` and the name, as for `C:\Temp\Source\*.*`; they came back with
// the host's `/` (Invoices/a.txt), so Replace(sFile, sDir + "\", ...) changed nothing.
sDir is string = "Invoices_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + "\a.txt", "A")
fSaveText(sDir + "\b.txt", "B")
sList is string = fListFile(sDir + "\*.txt")
Trace(sList = sDir + "\a.txt" + CR + sDir + "\b.txt") // expect: 1
FOR EACH STRING sFile OF sList SEPARATED BY CR
	Trace(Replace(sFile, sDir + "\", "Archive\")) // expect: Archive\a.txt
	// expect: Archive\b.txt
END
Trace(fListFile(sDir + "\*.txt", Seen)) // expect: 1, a.txt
// expect: 1, b.txt
// expect: 2
fRemoveDir(sDir, frRecursive)

PROCEDURE Seen(sFolder, sName)
Trace(sFolder = sDir + "\", sName)
RESULT True
