// Invoices uploaded to a large customer's portal: HTTPS with the company's client
// certificate (.p12), kept in base64 in the application's parameters and never written
// to disk; its password is kept apart.
CONSTANT
	PORTAL_URL = "https://localhost:{port}/depot"
END

gbufCertificate is Buffer
gsPassword is string

IF NOT LoadCertificate("{b64}", "s3cret") THEN
	Trace("certificate unreadable")
	RETURN
END
arrInvoices is array of strings = ["FA-1001", "FA-1002"]
FOR EACH sNum OF arrInvoices
	Trace(sNum + ": " + UploadInvoice(sNum, BuildXML(sNum, 1250.5)))
END
// the password changed and the parameters did not follow: the upload fails, in words
gsPassword = "old-password"
Trace("FA-1003: " + UploadInvoice("FA-1003", BuildXML("FA-1003", 10)))

PROCEDURE LoadCertificate(LOCAL sBase64 is string, LOCAL sPwd is string) : boolean
	gbufCertificate = Decode(sBase64, encodeBASE64)
	gsPassword = sPwd
	RESULT Length(gbufCertificate) > 0

PROCEDURE BuildXML(sNum is string, mAmount is currency) : string
	RESULT StringBuild("<?xml version=""1.0"" encoding=""UTF-8""?><facture numero=""%1""><montant devise=""EUR"">%2</montant><libelle>Prestation d'étude</libelle></facture>", sNum, mAmount)

PROCEDURE UploadInvoice(sNum is string, sXML is string) : string
	req is httpRequest
	req..URL = PORTAL_URL + "/" + sNum
	req..Method = httpPost
	req..ContentType = "application/xml; charset=utf-8"
	req..Content = sXML
	req..ClientCertificate = gbufCertificate
	req..ClientCertificatePassword = gsPassword
	req..Timeout = 5000
	resp is httpResponse = HTTPSend(req)
	IF ErrorOccurred THEN RESULT "failed (" + ErrorInfo(errMessage) + ")"
	RESULT resp..StatusCode + " " + resp..Content
