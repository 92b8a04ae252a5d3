// Customers synchronised from the CRM's REST API (business code):
// bearer token, pages followed through the "next" link, 429 honoured (Retry-After),
// a bounded number of tries, a summary posted back as JSON.
CONSTANT
	API_URL = "http://127.0.0.1:{port}/api"
	MAX_TRIES = 3
END
gsToken is string = "jeton-crm-2026"

arrCustomers is array of Variant
sPage is string = API_URL + "/clients?page=1"
nPages is int = 0
WHILE sPage <> ""
	vPage is Variant = ReadPage(sPage)
	IF vPage = Null THEN
		Trace("Synchronisation stopped at page " + (nPages + 1))
		BREAK
	END
	nPages++
	FOR EACH vCustomer OF vPage.donnees
		ArrayAdd(arrCustomers, vCustomer)
	END
	sPage = vPage.suivant
END
Trace(StringBuild("%1 customer(s) read in %2 page(s)", arrCustomers..Occurrence, nPages))

cyTotal is currency = 0
FOR EACH vCustomer OF arrCustomers
	cyTotal += vCustomer.encours
	Trace(vCustomer.nom + ": " + vCustomer.encours)
END
Trace(SendSummary(arrCustomers..Occurrence, cyTotal))
IF ReadPage(API_URL + "/commandes") = Null THEN Trace("Orders: try again later")

PROCEDURE ReadPage(sURL is string) : Variant
	cRequest is httpRequest
	cRequest.URL = sURL
	cRequest.Method = httpGet
	cRequest.Header["Authorization"] = "Bearer " + gsToken
	FOR nTry = 1 _TO_ MAX_TRIES
		cResponse is httpResponse = HTTPSend(cRequest)
		IF ErrorOccurred THEN
			Trace("Network error: " + ErrorInfo(errMessage))
			RESULT Null
		END
		SWITCH cResponse.StatusCode
			CASE 200
				RESULT JSONToVariant(cResponse.Content)
			CASE 429
				nWait is int = Val(cResponse.Header["Retry-After"])
				IF nWait <= 0 OR nWait > 30 THEN nWait = 1
				Trace(StringBuild("Too many requests (try %1): waiting %2 s", nTry, nWait))
				IF nTry < MAX_TRIES THEN ThreadPause(nWait * 100)
			OTHER CASE
				Trace("Unexpected answer: " + cResponse.StatusCode)
				RESULT Null
		END
	END
	Trace("Gave up after " + MAX_TRIES + " tries: " + sURL)
	RESULT Null

PROCEDURE SendSummary(nCustomers is int, cyTotal is currency) : string
	vSummary is Variant
	vSummary.clients = nCustomers
	vSummary.encours_total = cyTotal
	vSummary.source = "Synchro été"
	cRequest is httpRequest
	cRequest.URL = API_URL + "/bilans"
	cRequest.Method = httpPost
	cRequest.Header["Authorization"] = "Bearer " + gsToken
	cRequest.ContentType = "application/json; charset=utf-8"
	cRequest.Content = VariantToJSON(vSummary)
	cResponse is httpResponse = HTTPSend(cRequest)
	IF cResponse.StatusCode <> 201 THEN RESULT "Summary refused: " + cResponse.StatusCode
	RESULT "Summary saved: " + JSONToVariant(cResponse.Content).reference
