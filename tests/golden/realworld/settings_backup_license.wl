// Settings backup with a license check: a key signed by a SHA-256 hash (HashString,
// BufferToHexa, Encode/Decode base64), a structure serialized to JSON and XML (a member
// left out by <Serialize = False>), both zipped, the JSON restored from the archive into a
// fresh structure, the folder listed and removed.
STSettings is Structure
	sCompany is string
	nSeats is int
	dExpiry is Date
	arrModules is array of strings
	bTrial is boolean <Serialize = False>
END

CONSTANT
	SECRET_SALT = "wl-2026"
END

stS is STSettings
stS.sCompany = "Acme Tools Ltd"
stS.nSeats = 25
stS.dExpiry = "20271231"
stS.arrModules = ["billing", "stock", "crm"]
stS.bTrial = True

// a license key: the company, the seats and the expiry, signed by a hash
sPayload is string = stS.sCompany + "|" + stS.nSeats + "|" + stS.dExpiry
sSignature is string = Left(BufferToHexa(HashString(HA_SHA_256, sPayload + SECRET_SALT), NoGrouping, NoLine), 16)
sKey is string = Encode(sPayload, encodeBASE64) + "." + sSignature
Trace("key: " + sKey) // expect: key: QWNtZSBUb29scyBMdGR8MjV8MjAyNzEyMzE=.20E5D0CBB3E8AD50
Trace(CheckKey(sKey) ? "valid" ELSE "invalid") // expect: valid
Trace(CheckKey(Replace(sKey, "MjV8", "OTl8")) ? "valid" ELSE "tampered") // expect: tampered

// backup: JSON, XML and a zip holding both
sFolder is string = CompleteDir(fTempPath()) + "wl_backup_" + GetUUID(uuidRaw)
fMakeDir(sFolder)
bufJSON is Buffer
Serialize(stS, bufJSON, psdJSON)
fSaveBuffer(sFolder + "/settings.json", bufJSON)
Trace(bufJSON) // expect: {"sCompany":"Acme Tools Ltd","nSeats":25,"dExpiry":"2027-12-31","arrModules":["billing","stock","crm"]}
sXML is string
Serialize(stS, sXML, psdXML)
fSaveText(sFolder + "/settings.xml", sXML)

sZip is string = sFolder + "/backup.zip"
zipCreate("BK", sZip)
zipAddFile("BK", sFolder + "/settings.json")
zipAddFile("BK", sFolder + "/settings.xml")
Trace("files in the archive: " + zipNbFile("BK")) // expect: files in the archive: 2
zipClose("BK")

// restore into a fresh structure from the archive
fDelete(sFolder + "/settings.json")
zipOpen("BK", sZip)
zipExtractAll("BK", sFolder)
zipClose("BK")
stBack is STSettings
Deserialize(stBack, fLoadBuffer(sFolder + "/settings.json"), psdJSON)
Trace(stBack.sCompany + ", " + stBack.nSeats + " seats, until " + DateToString(stBack.dExpiry, "MMMM YYYY")) // expect: Acme Tools Ltd, 25 seats, until December 2027
Trace(ArrayToString(stBack.arrModules, "+") + ", trial: " + stBack.bTrial) // expect: billing+stock+crm, trial: 0
nDays is int = stBack.dExpiry - "20261203"
Trace(nDays + " days left") // expect: 393 days left

sList is string = fListFile(sFolder + "/*.*")
FOR EACH STRING sF OF sList SEPARATED BY CR
	Trace(fExtractPath(sF, fFileName + fExtension))
END
// expect: backup.zip
// expect: settings.json
// expect: settings.xml
fDelete(sFolder + "/*.*")
fRemoveDir(sFolder)
Trace(fDirectoryExist(sFolder)) // expect: 0

PROCEDURE CheckKey(sLicense is string) : boolean
sPart, sSig are strings
(sPart, sSig) = StringSplit(sLicense, ".")
sData is string = Decode(sPart, encodeBASE64)
IF ErrorOccurred OR sData = "" THEN RESULT False
RESULT Left(BufferToHexa(HashString(HA_SHA_256, sData + SECRET_SALT), NoGrouping, NoLine), 16) = sSig
