// Scanned delivery notes dropped on the company's document server: each PDF of the
// incoming folder goes in a multipart form (number, customer, file); the server answers
// in JSON with the document's id. A note filed is moved to "Sent", a note refused stays
// for the next run.
CONSTANT
	DMS_URL = "{url}/api/documents"
	DMS_USER = "scanner"
END

sFolder is string = "{dossier}"
sPassword is string = "{password}"
nSent, nRefused are int

IF NOT fDirectoryExist(sFolder + "\Sent") THEN fMakeDir(sFolder + "\Sent")
sList is string = fListFile(sFolder + "\*.pdf")
FOR EACH STRING sFile OF sList SEPARATED BY CR
	IF FileNote(sFile, sPassword) THEN
		nSent++
	ELSE
		nRefused++
	END
END
Trace(StringBuild("%1 sent, %2 refused", nSent, nRefused))

// The name "BL_<number>_<customer>.pdf" gives the number and the customer
PROCEDURE FileNote(LOCAL sFile is string, LOCAL sPassword is string) : boolean
sName is string = fExtractPath(sFile, fFile + fExtension)
sBase is string = fExtractPath(sFile, fFile)
sNumber is string = ExtractString(sBase, 2, "_")
sCustomer is string = Replace(ExtractString(sBase, 3, "_"), "-", " ")
HTTPCreateForm("DMS")
HTTPAddParameter("DMS", "type", "bon_livraison")
HTTPAddParameter("DMS", "numero", sNumber)
HTTPAddParameter("DMS", "client", sCustomer)
HTTPAddFile("DMS", "document", sFile, "application/pdf")
IF NOT HTTPSendForm("DMS", DMS_URL, httpPost, "", "", "", DMS_USER, sPassword) THEN
	Trace(sName + ": document server unreachable (" + ErrorInfo(errMessage) + ")")
	HTTPCancelForm("DMS")
	RESULT False
END
HTTPCancelForm("DMS")
sAnswer is string = HTTPGetResult(httpResult)
nCode is int = Val(ExtractString(HTTPGetResult(httpHeader), 2, " "))
IF nCode <> 201 THEN
	Trace(StringBuild("%1: refused (%2) %3", sName, nCode, sAnswer))
	RESULT False
END
vAnswer is Variant = JSONToVariant(sAnswer)
fMoveFile(sFile, sFolder + "\Sent\" + sName)
Trace(StringBuild("%1: document %2 (%3 bytes)", sName, vAnswer.id, vAnswer.taille))
RESULT True
