// A signed export: a .sig beside the file holds its HMAC-SHA256 in hexadecimal
// (HashString(HA_HMAC_SHA_256, buffer, key), BufferToHexa, Lower), the receiver checks
// it before loading (~= between the fingerprints); tampering and a missing signature
// are caught; the signature was checked against Python's hmac. Method b, FS 6 Dec
// 2026: passes as written. French twin export_signe_hmac_fr.wl.
CONSTANT
	SHARED_KEY = "k3y-p4rt4g3e-2026"
END
sDir is string = fTempPath() + "\wl_golden_signed_export_" + Random(1, 999999999)
fMakeDir(sDir)
sExport is string = sDir + "\orders_20261206.csv"
fSaveText(sExport, "num;customer;amount" + CR + "1001;Société Générale de Bâtiment;1520.40" + CR + "1002;Zoë Durand;89.90" + CR)
IF NOT Sign(sExport) THEN
	Trace("Cannot sign: " + ErrorInfo(errMessage)) 
END
Trace(fFileExist(sExport + ".sig"), Length(fLoadText(sExport + ".sig"))) // expect: 1, 64
Trace("Check: " + Verify(sExport)) // expect: Check: OK
// the file is changed on the way
fSaveText(sExport, Replace(fLoadText(sExport), "89.90", "8.90"))
Trace("After tampering: " + Verify(sExport)) // expect: After tampering: invalid signature
// no signature
fDelete(sExport + ".sig")
Trace("Without signature: " + Verify(sExport)) // expect: Without signature: signature missing
fRemoveDir(sDir, frRecursive)

PROCEDURE Fingerprint(sFile is string) : string
	bufContent is Buffer = fLoadBuffer(sFile)
	RESULT Lower(BufferToHexa(HashString(HA_HMAC_SHA_256, bufContent, SHARED_KEY), NoGrouping, NoLine))

PROCEDURE Sign(sFile is string) : boolean
	IF NOT fFileExist(sFile) THEN RESULT False
	RESULT fSaveText(sFile + ".sig", Fingerprint(sFile))

PROCEDURE Verify(sFile is string) : string
	IF NOT fFileExist(sFile + ".sig") THEN RESULT "signature missing"
	sExpected is string = NoSpace(fLoadText(sFile + ".sig"))
	IF sExpected ~= Fingerprint(sFile) THEN
		RESULT "OK"
	ELSE
		RESULT "invalid signature"
	END
