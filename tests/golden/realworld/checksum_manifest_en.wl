// Business code (method b, no page): a checksum manifest, each file's SHA-256 next to its
// name, the files copied, every copy verified against the manifest (one copy changed on
// purpose). HashFile, fCopyFile, FOR EACH STRING: passes as written. French twin
// manifeste_empreintes_fr.wl.
sBase is string = CompleteDir(fTempPath()) + "wl_golden_manifest_" + Random(1, 99999999)
sSrc is string = sBase + "\src"
sDst is string = sBase + "\dst"
fMakeDir(sSrc)
fMakeDir(sDst)
arrNames is array of strings = ["invoice_001.txt", "invoice_002.txt", "notes.txt"]
FOR EACH sName, i OF arrNames
	fSaveText(sSrc + "\" + sName, Repeat("line " + i + CR, i * 3))
END
sManifest is string
FOR EACH sName OF arrNames
	sManifest += [CR] + sName + TAB + BufferToHexa(HashFile(HA_SHA_256, sSrc + "\" + sName), NoGrouping, NoLine)
END
fSaveText(sBase + "\manifest.txt", sManifest)
FOR EACH sName OF arrNames
	fCopyFile(sSrc + "\" + sName, sDst + "\" + sName)
END
fSaveText(sDst + "\notes.txt", "changed")
nOK, nBad are int
FOR EACH STRING sLine OF fLoadText(sBase + "\manifest.txt") SEPARATED BY CR
	sName is string = ExtractString(sLine, 1, TAB)
	sWanted is string = ExtractString(sLine, 2, TAB)
	IF BufferToHexa(HashFile(HA_SHA_256, sDst + "\" + sName), NoGrouping, NoLine) = sWanted THEN
		nOK++
	ELSE
		nBad++
		Trace("mismatch: " + sName) // expect: mismatch: notes.txt
	END
END
Trace(nOK, nBad) // expect: 2, 1
Trace(Length(ExtractString(ExtractString(sManifest, 1, CR), 2, TAB))) // expect: 64
fDelete(sSrc + "\*.*")
fDelete(sDst + "\*.*")
fDelete(sBase + "\manifest.txt")
fRemoveDir(sSrc)
fRemoveDir(sDst)
fRemoveDir(sBase)
Trace(fDirectoryExist(sBase)) // expect: 0
