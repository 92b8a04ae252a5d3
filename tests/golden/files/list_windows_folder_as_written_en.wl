// fListFile / fListDirectory on a Windows-style pattern give the folder as written (decided
// 5 Dec 2026, docs/builtins.md "Windows paths on POSIX"): ported code mirrors a tree with
// Replace(sFile, sSource, sTarget) or cuts the part below the folder with Middle; the
// listing gave host paths (/tmp/.../Source/a.txt), so Replace changed nothing and Middle
// cut in the wrong place. The callback's folder is the written one too.
sSource is string = fTempPath() + "\wl_golden_mirror_" + Random(1, 999999999) + "\Source"
sTarget is string = fExtractPath(sSource, fDrive + fDirectory) + "Copy"
fMakeDir(sSource + "\Sub")
fSaveText(sSource + "\a.txt", "A")
fSaveText(sSource + "\Sub\b.txt", "B")
sList is string = fListFile(sSource + "\*.*", frRecursive)
Trace(sList = sSource + "\a.txt" + CR + sSource + "\Sub\b.txt") // expect: 1
nCopied is int
FOR EACH STRING sFile OF sList SEPARATED BY CR
	sDest is string = Replace(sFile, sSource, sTarget)
	Trace(Middle(sFile, Length(sSource) + 2), StringStartsWith(sDest, sTarget) > 0) // expect: a.txt, 1
	// expect: Sub\b.txt, 1
	fMakeDir(fExtractPath(sDest, fDrive + fDirectory))
	IF fCopyFile(sFile, sDest) THEN nCopied++
END
Trace(nCopied, fLoadText(sTarget + "\Sub\b.txt")) // expect: 2, B
// the folders, and the folder the procedure is given
Trace(fListDirectory(sSource) = sSource + "\Sub") // expect: 1
// the procedure's Traces come first
Trace(fListFile(sSource + "\*.txt", Seen, 0, frRecursive)) // expect: 1, \, a.txt
// expect: 1, \, b.txt
// expect: 2
// a folder named without a mask, with or without its final backslash
Trace(ExtractString(fListFile(sSource + "\", frNotRecursive), 1, CR) = sSource + "\a.txt") // expect: 1
Trace(ExtractString(fListFile(sSource, frNotRecursive), 1, CR) = sSource + "\a.txt") // expect: 1
fRemoveDir(fExtractPath(sSource, fDrive + fDirectory), frRecursive)

PROCEDURE Seen(sFolder, sName, bChange, nParam)
Trace(StringStartsWith(sFolder, sSource) > 0, Right(sFolder, 1), sName)
RESULT True
