// One JSON file per customer (Serialize of a structure named by <Serialize>), written
// in a folder of the day, zipped to be sent (zipAddDirectory zipRelative), then checked
// from the zip without extracting to disk (zipExtractFile zipMemory, Deserialize of a
// Buffer) and read by a JSON variable. Method b, FS 6 Dec 2026: passes as written.
// French twin json_par_client_zippe_fr.wl.
STCustomer is Structure
	nCode is int <Serialize = "code">
	sName is string <Serialize = "name">
	mBalance is currency <Serialize = "balance">
	arrEmails is array of strings <Serialize = "emails">
END
arrCustomers is array of STCustomer
Add(arrCustomers, [101, "Lefèvre Bakery", 1250.4, ["contact@lefevre.fr"]])
Add(arrCustomers, [102, "Bridge Garage", 0, ["workshop@bridge-garage.co.uk", "accounts@bridge-garage.co.uk"]])
Add(arrCustomers, [103, "Zoë Designs", -35.9, []])
sBase is string = fTempPath() + fSep() + "wl_golden_json_export_" + Random(1, 999999999)
sDay is string = sBase + fSep() + DateToString("20261206", "YYYY-MM-DD")
fMakeDir(sDay)
FOR EACH cu OF arrCustomers
	sJSON is string
	Serialize(cu, sJSON, psdJSON)
	fSaveText(sDay + fSep() + "customer_" + cu.nCode + ".json", sJSON)
END
zSend is zipArchive
nRes is int = zipCreate(zSend, sBase + fSep() + "send.zip")
IF nRes = 0 THEN nRes = zipAddDirectory(zSend, sDay, True, zipRelative)
Trace(nRes, zipNbFile(zSend)) // expect: 0, 3
// checked from the zip, without extracting to disk
mTotal is currency
nEmails is int
FOR EACH STRING sName OF zipListFile(zSend) SEPARATED BY CR
	bufJSON is Buffer = zipExtractFile(zSend, sName, zipMemory)
	cuRead is STCustomer
	Deserialize(cuRead, bufJSON, psdJSON)
	mTotal += cuRead.mBalance
	nEmails += cuRead.arrEmails..Occurrence
END
zipClose(zSend)
Trace(mTotal, nEmails) // expect: 1214.5, 3
vCustomer is JSON = fLoadText(sDay + fSep() + "customer_103.json")
Trace(vCustomer.name, vCustomer.emails..Occurrence) // expect: Zoë Designs, 0
fRemoveDir(sBase, frRecursive)
