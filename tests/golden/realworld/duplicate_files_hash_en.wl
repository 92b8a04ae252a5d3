// Duplicate files found by their hash: fListFile calling a procedure for each file
// (recursive), HashFile(HA_SHA_256), BufferToHexa NoGrouping NoLine as the key of a
// global associative array, then the groups of more than one file. Two empty files
// have the hash of the empty string. French twin: doublons_empreinte_fr.wl.
sDir is string = fTempPath() + "\wl_golden_duplicates_" + Random(1, 99999999)
IF fDirectoryExist(sDir) = True THEN fRemoveDir(sDir, frRecursive)
fMakeDir(sDir + "\photos\2025")
fSaveText(sDir + "\a.txt", "same content")
fSaveText(sDir + "\photos\b.txt", "same content")
fSaveText(sDir + "\photos\2025\c.TXT", "same content")
fSaveText(sDir + "\d.txt", "other content")
fSaveBuffer(sDir + "\empty1.dat", "")
fSaveBuffer(sDir + "\empty2.dat", "")

aaDuplicates is associative array of strings
nFiles is int = fListFile(sDir + "\*.*", AddHash, Null, frRecursive)
Trace("Files walked: " + nFiles)
nGroups is int
FOR EACH sList, sHash OF aaDuplicates
	IF StringCount(sList, CR) = 0 THEN CONTINUE
	nGroups++
	arrNames is array of strings
	FOR EACH STRING sPath OF sList SEPARATED BY CR
		Add(arrNames, Lower(fExtractPath(sPath, fFileName + fExtension)))
	END
	ArraySort(arrNames)
	Trace(ArrayToString(arrNames, ", ") + ": " + (StringCount(sList, CR) + 1) + " copies")
END
Trace("Groups of duplicates: " + nGroups)
Trace(HashFile(HA_MD5_128, sDir + "\empty1.dat") = HashString(HA_MD5_128, ""))
Trace(Length(BufferToHexa(HashFile(HA_SHA_256, sDir + "\a.txt"), NoGrouping, NoLine)))
fRemoveDir(sDir, frRecursive)

// what it prints
// expect: Files walked: 6
// expect: a.txt, b.txt, c.txt: 3 copies
// expect: empty1.dat, empty2.dat: 2 copies
// expect: Groups of duplicates: 2
// expect: 1
// expect: 64

PROCEDURE AddHash(sDirectory, sName, nChange, nPtr)
sFull is string = sDirectory + sName
bufHash is Buffer = HashFile(HA_SHA_256, sFull)
IF ErrorOccurred THEN
	Trace("Unreadable: " + sName)
	RESULT True
END
sKey is string = BufferToHexa(bufHash, NoGrouping, NoLine)
IF aaDuplicates[sKey] = "" THEN
	aaDuplicates[sKey] = sFull
ELSE
	aaDuplicates[sKey] += CR + sFull
END
RESULT True
