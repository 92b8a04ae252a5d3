// A folder tree archived in a zip (zipCreate, zipAddDirectory(..., True, zipRelative)),
// extracted elsewhere (zipOpen, zipExtractAll), then both trees compared file by file
// by HashFile(HA_SHA_256, ...), a binary file included; a change is seen. Method b, FS
// 6 Dec 2026: passes as written. French twin zip_arborescence_restauree_comparee_fr.wl.
sBase is string = fTempPath() + fSep() + "wl_golden_zip_tree_" + Random(1, 999999999)
sOrigin is string = sBase + fSep() + "Project"
fMakeDir(sOrigin + fSep() + "src" + fSep() + "tools")
fMakeDir(sOrigin + fSep() + "docs")
fSaveText(sOrigin + fSep() + "readme.txt", "Summer 2026 project")
fSaveText(sOrigin + fSep() + "src" + fSep() + "main.wl", "Trace(""hello"")")
fSaveText(sOrigin + fSep() + "src" + fSep() + "tools" + fSep() + "compute.wl", "RESULT 42")
fSaveBuffer(sOrigin + fSep() + "docs" + fSep() + "logo.bin", HexaToBuffer("89504E470D0A1A0A0000FF00"))

sArchive is string = sBase + fSep() + "project.zip"
zArchive is zipArchive
nRes is int = zipCreate(zArchive, sArchive)
IF nRes = 0 THEN nRes = zipAddDirectory(zArchive, sOrigin, True, zipRelative)
IF nRes <> 0 THEN
	Trace("Cannot archive: " + zipMsgError(nRes))
	RETURN
END
Trace(zipNbFile(zArchive) + " files archived") // expect: 4 files archived
zipClose(zArchive)

sCopy is string = sBase + fSep() + "Restore"
fMakeDir(sCopy)
zRead is zipArchive
IF zipOpen(zRead, sArchive) = 0 THEN
	nRes = zipExtractAll(zRead, sCopy)
	Trace("Extraction: " + (nRes = 0 ? "ok" ELSE zipMsgError(nRes))) // expect: Extraction: ok
	zipClose(zRead)
END

// comparison
nSame, nDifferent, nMissing are int
sList is string = fListFile(sOrigin + fSep() + "*.*", frRecursive)
FOR EACH STRING sFile OF sList SEPARATED BY CR
	sRelative is string = Middle(sFile, Length(sOrigin) + 2)
	sRestored is string = sCopy + fSep() + sRelative
	IF NOT fFileExist(sRestored) THEN
		nMissing++
		Trace("Missing: " + sRelative)
	ELSE IF HashFile(HA_SHA_256, sFile) = HashFile(HA_SHA_256, sRestored) THEN
		nSame++
	ELSE
		nDifferent++
		Trace("Different: " + sRelative)
	END
END
Trace(StringBuild("%1 identical, %2 different, %3 missing", nSame, nDifferent, nMissing)) // expect: 4 identical, 0 different, 0 missing
// a change is seen
fSaveText(sCopy + fSep() + "src" + fSep() + "tools" + fSep() + "compute.wl", "RESULT 43")
Trace(HashFile(HA_SHA_256, sOrigin + fSep() + "src" + fSep() + "tools" + fSep() + "compute.wl") = HashFile(HA_SHA_256, sCopy + fSep() + "src" + fSep() + "tools" + fSep() + "compute.wl")) // expect: 0
fRemoveDir(sBase, frRecursive)
