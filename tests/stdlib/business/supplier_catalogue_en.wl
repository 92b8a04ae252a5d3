// Nightly update of the supplier's catalogue: the CSV file (some megabytes) is downloaded
// straight to disk (HTTPDestination), its SHA-256 compared with the one the supplier
// publishes, then the prices imported. A damaged file is never imported: the current
// catalogue stays in place.
CONSTANT
	SUPPLIER_URL = "{url}/export/"
END

sFolder is string = "{dossier}"
sFile is string = sFolder + "\catalogue_nouveau.csv"
sCurrent is string = sFolder + "\catalogue.csv"

IF DownloadCatalogue(sFile) THEN
	fDelete(sCurrent)
	fRename(sFile, sCurrent)
	Trace(StringBuild("catalogue up to date: %1 item(s)", CountItems(sCurrent)))
ELSE
	fDelete(sFile)
	Trace("catalogue unchanged")
END

PROCEDURE DownloadCatalogue(sFile is string) : boolean
// 1. the published checksum: "<hex>  catalogue.csv"
IF NOT HTTPRequest(SUPPLIER_URL + "catalogue.csv.sha256") THEN
	Trace("checksum unavailable: " + ErrorInfo(errMessage))
	RESULT False
END
sExpected is string = Lower(ExtractString(HTTPGetResult(httpResult), 1, " "))
// 2. the file, written to disk as it comes
HTTPDestination(sFile)
IF NOT HTTPRequest(SUPPLIER_URL + "catalogue.csv") THEN
	Trace("download cut: " + ErrorInfo(errMessage))
	RESULT False
END
sGot is string = Lower(BufferToHexa(HashFile(HA_SHA_256, sFile), NoGrouping, NoLine))
IF sGot <> sExpected THEN
	Trace(StringBuild("checksum differs (%1 bytes received)", fSize(sFile)))
	RESULT False
END
RESULT True

PROCEDURE CountItems(sFile is string) : int
nNb is int
nFile is int = fOpen(sFile, foRead)
IF nFile = -1 THEN RESULT 0
fReadLine(nFile)   // the header
sLine is string = fReadLine(nFile)
WHILE sLine <> EOT   // fReadLine returns EOT at the end of the file
	IF sLine <> "" THEN nNb++
	sLine = fReadLine(nFile)
END
fClose(nFile)
RESULT nNb
