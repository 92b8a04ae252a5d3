// Statements dropped on the bank's FTP server: each file is first sent under a temporary
// name (.tmp) then renamed, so that the bank never reads a half-written file; statements
// dropped more than KEEP_DAYS days ago are purged.
CONSTANT
	DROP_FOLDER = "/depot/relevés"
	KEEP_DAYS = 30
END

gnCnx is int
garrToPurge is array of strings
gdToday is Date = "{today}"

gnCnx = FTPConnect("127.0.0.1", "banque", "pw", {port})
IF gnCnx = -1 THEN
	Trace("No FTP connection: " + ErrorInfo(errMessage))
	RETURN
END
sLocal is string = fTempPath() + ["\"] + "Relevé_" + DateToString(gdToday, "YYYYMMDD") + ".csv"
fSaveText(sLocal, "date;libellé;montant" + CR + DateToString(gdToday, "DD/MM/YYYY") + ";Virement reçu;1250,00" + CR)
Trace(DropFile(sLocal))
fDelete(sLocal)

nSeen is int = FTPListFile(gnCnx, DROP_FOLDER + "/*.csv", ChooseFile)
Trace(nSeen + " file(s) seen, " + garrToPurge..Occurrence + " to purge")
FOR EACH sFile OF garrToPurge
	IF FTPDeleteFile(gnCnx, sFile) THEN
		Trace("purged: " + fExtractPath(sFile, fFileName + fExtension))
	ELSE
		Trace("cannot purge: " + ErrorInfo(errMessage))
	END
END
FTPDisconnect(gnCnx)

PROCEDURE DropFile(LOCAL sFile is string) : string
sName is string = fExtractPath(sFile, fFileName + fExtension)
sTemporary is string = DROP_FOLDER + "/" + sName + ".tmp"
IF NOT FTPSend(gnCnx, sFile, sTemporary) THEN RESULT "send failed: " + ErrorInfo(errMessage)
IF FTPSize(gnCnx, sTemporary) <> fSize(sFile) THEN
	FTPDeleteFile(gnCnx, sTemporary)
	RESULT "size differs, file removed"
END
IF NOT FTPRenameFile(gnCnx, sTemporary, DROP_FOLDER + "/" + sName) THEN
	RESULT "rename failed: " + ErrorInfo(errMessage)
END
RESULT "dropped: " + sName

PROCEDURE ChooseFile(sName is string, nSize is int, sAttribute is string, sDate is string, sTime is string)
dFile is Date = sDate
IF DateDifference(dFile, gdToday) > KEEP_DAYS THEN
	ArrayAdd(garrToPurge, sName)
END
RESULT True
