// Creating invoices through a JSON REST API: bearer token, 4xx/5xx errors and
// timeouts handled as a real project does (business code in English)
CONSTANT
	API_URL = "http://127.0.0.1:{port}/api"
END
gsToken is string = "jeton-secret"

Trace("Invoice #" + CreateInvoice(42, 1234.56))
Trace(CreateInvoice(42, -5))
Trace(CreateInvoice(42, 10, "expired-token"))
Trace(CreateInvoice(500, 10))
Trace(CreateInvoice(7, 10, gsToken, "/lent"))
Trace(CreateInvoice(7, 10, gsToken, "/unknown"))
Trace(APIStatus())

// The older way: HTTPRequest then HTTPGetResult
PROCEDURE APIStatus()
	HTTPTimeOut(2 s)
	IF NOT HTTPRequest(API_URL + "/statut") THEN
		RESULT "Error: " + ErrorInfo(errMessage)
	END
	vStatus is Variant = JSONToVariant(HTTPGetResult(httpResult))
	RESULT "API " + vStatus.etat + ", version " + vStatus.version

PROCEDURE CreateInvoice(LOCAL nCustomer is int, LOCAL mAmount is currency, LOCAL sToken is string = gsToken, LOCAL sPath is string = "/factures")
	vInvoice is Variant
	vInvoice.client = nCustomer
	vInvoice.montant = mAmount
	vInvoice.libellé = "December services, VAT 20 %"
	req is httpRequest
	req.URL = API_URL + sPath
	req.Method = httpPost
	req.ContentType = "application/json"
	req.Header["Authorization"] = "Bearer " + sToken
	req.Content = VariantToJSON(vInvoice)
	req.Timeout = 1 s
	resp is httpResponse = HTTPSend(req)
	IF ErrorOccurred THEN
		RESULT "Network error: " + ErrorInfo()
	END
	SWITCH resp.StatusCode
		CASE 200, 201
			vAnswer is Variant = JSONToVariant(resp.Content)
			RESULT vAnswer.numero
		CASE 401
			RESULT "Token refused"
		CASE 400 TO 499
			vError is Variant = JSONToVariant(resp.Content)
			RESULT StringBuild("Refused (%1): %2", resp.StatusCode, vError.erreur)
		OTHER CASE
			RESULT "Server unavailable: " + resp.StatusCode + " " + resp.DescriptionStatusCode
	END
