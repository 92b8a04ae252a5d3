// Delivery folder: each file gets a "<name>.sha256" sidecar in the sha256sum format
// ("<hex>  <name>"), written at export; the receiver recomputes and compares; one file
// altered on the way is reported. Keywords in upper case, as some teams write them; a
// GLOBAL section closed by LOCAL. Method b, FS 6 Dec 2026: passes as written (the hash
// is sha256sum's). French twin empreintes_sha256_fr.wl.
GLOBAL
	gsOut IS STRING
LOCAL
gsOut = CompleteDir(fTempPath()) + "wl_delivery_" + GetIdentifier()
fMakeDir(gsOut)
fSaveText(gsOut + "\orders.csv", "id;qty" + CR + "1;4" + CR + "2;9" + CR)
fSaveText(gsOut + "\customers.csv", "id;name" + CR + "1;Élodie" + CR, foUTF8)
bImg IS Buffer = HexaToBuffer("89504E470D0A1A0A0000000D49484452")
fSaveBuffer(gsOut + "\logo.png", bImg)

nWritten IS INT = WriteSidecars(gsOut)
TRACE("sidecars written", nWritten) // expect: sidecars written, 3
TRACE(NoSpace(fLoadText(gsOut + "\orders.csv.sha256"), sscOutside, LF)) // expect: 89a83997187f476de57754651c0e540cd7cc1dc1063ddf3d0528c9c141d566de  orders.csv
// tampering: a quantity changed after the sidecar was written
fSaveText(gsOut + "\orders.csv", "id;qty" + CR + "1;5" + CR + "2;9" + CR)
arrBad IS ARRAY OF STRINGS = CheckSidecars(gsOut)
TRACE("altered:", ArrayToString(arrBad, ", ")) // expect: altered:, orders.csv
fRemoveDir(gsOut, frRecursive)

PROCEDURE WriteSidecars(LOCAL sFolder IS STRING) : INT
nCount IS INT
FOR EACH STRING sFile OF fListFile(sFolder + "\*.*", frNotRecursive) SEPARATED BY CR
	IF sFile ~= "" OR Lower(fExtractPath(sFile, fExtension)) = ".sha256" THEN CONTINUE
	sHex IS STRING = Lower(BufferToHexa(HashFile(HA_SHA_256, sFile), NoGrouping, NoLine))
	fSaveText(sFile + ".sha256", sHex + "  " + fExtractPath(sFile, fFileName + fExtension) + LF)
	nCount++
END
RESULT nCount

PROCEDURE CheckSidecars(LOCAL sFolder IS STRING) : array of strings
arrResult IS ARRAY OF STRINGS
FOR EACH STRING sSide OF fListFile(sFolder + "\*.sha256", frNotRecursive) SEPARATED BY CR
	IF sSide = "" THEN CONTINUE
	sLine IS STRING = ExtractString(fLoadText(sSide), 1, LF)
	sExpected IS STRING = ExtractString(sLine, 1, " ")
	sName IS STRING = ExtractString(sLine, 3, " ")
	sActual IS STRING = Lower(BufferToHexa(HashFile(HA_SHA_256, fExtractPath(sSide, fDrive + fDirectory) + sName), NoGrouping, NoLine))
	IF sActual <> sExpected THEN ArrayAdd(arrResult, sName)
END
RESULT arrResult
