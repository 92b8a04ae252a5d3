// Uploading the nightly accounting export to the accountant's FTP server (business code in English)
CONSTANT
	FTP_SERVER = "127.0.0.1"
	FTP_PORT = {port}
	UPLOAD_DIR = "/Dépôts/Décembre"
END

Trace(UploadExport("{fichier}"))
Trace(UploadExport("{absent}"))
Trace(UploadExport("{fichier}", "wrong-password"))

PROCEDURE UploadExport(LOCAL sFile is string, LOCAL sPassword is string = "{motdepasse}") : string
	nCnx is int = FTPConnect(FTP_SERVER, "compta", sPassword, FTP_PORT)
	IF nCnx = -1 THEN
		RESULT "Connection refused: " + ErrorInfo(errMessage)
	END
	IF NOT FTPMakeDir(nCnx, UPLOAD_DIR) _AND_ NOT FTPCurrentDir(nCnx, UPLOAD_DIR) THEN
		FTPDisconnect(nCnx)
		RESULT "Folder unreachable: " + ErrorInfo(errMessage)
	END
	IF FTPSend(nCnx, sFile, UPLOAD_DIR) = False THEN
		sError is string = ErrorInfo(errMessage)
		FTPDisconnect(nCnx)
		RESULT "Upload failed: " + sError
	END
	nSize is int = FTPSize(nCnx, UPLOAD_DIR + "/" + fExtractPath(sFile, fFileName + fExtension))
	FTPDisconnect(nCnx)
	IF nSize <> fSize(sFile) THEN RESULT "Size differs: " + nSize
	RESULT StringBuild("Export uploaded (%1 bytes)", nSize)
