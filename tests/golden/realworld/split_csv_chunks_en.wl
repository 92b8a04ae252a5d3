// A big CSV export split into numbered files of N lines, the header repeated in each
// piece (fOpen, fReadLine up to EOT, fCreate, fWriteLine, NumToString(n, "03d"),
// CompleteDir), then checked: lines and balances read back (fListFile, fExtractPath,
// ArraySort, FOR EACH STRING ... SEPARATED BY). Method b, FS 6 Dec 2026: passes as
// written. French twin decoupe_csv_morceaux_fr.wl.
CONSTANT
	LINES_PER_PIECE = 4
	SEPARATOR = ";"
END
sDir is string = fTempPath() + "\wl_golden_csv_split_" + Random(1, 999999999)
fMakeDir(sDir)
sSource is string = sDir + "\customers_export.csv"
sContent is string = "Code;Name;City;Balance" + CR
FOR i = 1 TO 10
	sContent += StringBuild("C%1;Customer #%2;Montréal;%3", NumToString(i, "04d"), i, i * 12.5) + CR
END
fSaveText(sSource, sContent)

nPieces is int = SplitCSV(sSource, sDir + "\pieces", LINES_PER_PIECE)
Trace("Pieces written: " + nPieces) // expect: Pieces written: 3
sList is string = fListFile(sDir + "\pieces\customers_export_*.csv", frNotRecursive)
arrFiles is array of strings
FOR EACH STRING sF OF sList SEPARATED BY CR
	Add(arrFiles, fExtractPath(sF, fFile + fExtension))
END
ArraySort(arrFiles)
Trace(ArrayToString(arrFiles, ", ")) // expect: customers_export_001.csv, customers_export_002.csv, customers_export_003.csv
nTotalLines is int
mTotal is currency
FOR EACH sFile OF arrFiles
	nLine is int = 0
	FOR EACH STRING sLine OF fLoadText(sDir + "\pieces\" + sFile) SEPARATED BY CR
		nLine++
		IF nLine = 1 OR sLine = "" THEN CONTINUE
		nTotalLines++
		mTotal += Val(ExtractString(sLine, 4, SEPARATOR))
	END
END
Trace("Lines: " + nTotalLines + ", balance: " + mTotal) // expect: Lines: 10, balance: 687.5
Trace(ExtractLine(fLoadText(sDir + "\pieces\customers_export_003.csv"), 2)) // expect: C0009;Customer #9;Montréal;112.5
fRemoveDir(sDir, frRecursive)

PROCEDURE SplitCSV(sFile is string, sTargetDir is string, nLines is int = 1000) : int
	IF NOT fDirectoryExist(sTargetDir) THEN fMakeDir(sTargetDir)
	sBaseName is string = fExtractPath(sFile, fFileName)
	nIn is int = fOpen(sFile, foRead)
	IF nIn = -1 THEN RESULT 0
	sHeader is string = fReadLine(nIn)
	nPiece is int = 0
	nInPiece is int = nLines
	nOut is int = -1
	sLine is string
	LOOP
		sLine = fReadLine(nIn)
		IF sLine = EOT THEN BREAK
		IF sLine = "" THEN CONTINUE
		IF nInPiece >= nLines THEN
			IF nOut <> -1 THEN fClose(nOut)
			nPiece++
			nOut = fCreate(CompleteDir(sTargetDir) + sBaseName + "_" + NumToString(nPiece, "03d") + ".csv")
			fWriteLine(nOut, sHeader)
			nInPiece = 0
		END
		fWriteLine(nOut, sLine)
		nInPiece++
	END
	IF nOut <> -1 THEN fClose(nOut)
	fClose(nIn)
	RESULT nPiece
