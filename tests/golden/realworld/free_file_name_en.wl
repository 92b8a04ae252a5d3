// (method b) A report saved without ever writing over a file: "Customer statement.pdf",
// then "Customer statement (1).pdf"... as Windows Explorer names copies; an existing name
// written in another case (CUSTOMER STATEMENT (2).PDF) counts. French twin
// nom_fichier_libre_fr.wl.
sDir is string = fTempPath() + "\wl_free_" + Random(1, 99999999)
fMakeDir(sDir)
FOR i = 1 TO 3
	sName is string = FreeName(sDir, "Customer statement.pdf")
	fSaveText(sName, "statement " + i)
	Trace(fExtractPath(sName, fFileName + fExtension))
END
// expect: Customer statement.pdf
// expect: Customer statement (1).pdf
// expect: Customer statement (2).pdf
fRename(sDir + "\Customer statement (2).pdf", sDir + "\CUSTOMER STATEMENT (2).PDF")
Trace(fExtractPath(FreeName(sDir, "Customer statement.pdf"), fFileName + fExtension)) // expect: Customer statement (3).pdf
Trace(fExtractPath(FreeName(sDir, "no extension"), fFileName + fExtension)) // expect: no extension
Trace(fLoadText(sDir + "\customer statement (1).PDF")) // expect: statement 2
fRemoveDir(sDir, frRecursive)

PROCEDURE FreeName(LOCAL sFolder is string, LOCAL sWanted is string) : string
sFolder = CompleteDir(sFolder)
IF NOT fFileExist(sFolder + sWanted) THEN RESULT sFolder + sWanted
sBase is string = fExtractPath(sWanted, fFileName)
sExt is string = fExtractPath(sWanted, fExtension)
nNumber is int = 1
WHILE fFileExist(sFolder + sBase + " (" + nNumber + ")" + sExt)
	nNumber++
	IF nNumber > 9999 THEN RESULT ""
END
RESULT sFolder + sBase + " (" + nNumber + ")" + sExt
