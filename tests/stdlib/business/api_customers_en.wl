// Reading a customer and creating an order through the REST API (business code)
gsBaseURL is string = "http://127.0.0.1:{port}/api"
gsToken is string = "jeton-123"

vCustomer is Variant = ReadCustomer(42)
IF vCustomer <> Null THEN
	Trace(vCustomer.nom)
	Trace(vCustomer.encours)
	FOR EACH vInvoice OF vCustomer.factures
		Trace(vInvoice.num + " : " + vInvoice.montant)
	END
END
Trace(ReadCustomer(99) = Null)
Trace(CreateOrder(42, "Câble électrique 2,5 mm²", 3))

PROCEDURE ReadCustomer(nID is int) : Variant
	cRequest is httpRequest
	cRequest.URL = gsBaseURL + "/clients/" + nID
	cRequest.Method = httpGet
	cRequest.Header["Authorization"] = "Bearer " + gsToken
	cResponse is httpResponse = HTTPSend(cRequest)
	IF ErrorOccurred THEN
		Trace("Network error: " + ErrorInfo(errMessage))
		RESULT Null
	END
	SWITCH cResponse.StatusCode
		CASE 200
			RESULT JSONToVariant(cResponse.Content)
		CASE 404
			Trace("Customer " + nID + " not found")
		OTHER CASE
			Trace("Unexpected answer: " + cResponse.StatusCode)
	END
	RESULT Null

PROCEDURE CreateOrder(nCustomer is int, sItem is string, nQty is int = 1)
	vOrder is Variant
	vOrder.client = nCustomer
	vOrder.article = sItem
	vOrder.quantite = nQty
	cRequest is restRequest
	cRequest.URL = gsBaseURL + "/commandes"
	cRequest.Method = httpPost
	cRequest.ContentType = "application/json"
	cRequest.Content = VariantToJSON(vOrder)
	cResponse is restResponse = RESTSend(cRequest)
	IF cResponse.StatusCode <> 201 THEN RESULT "failed " + cResponse.StatusCode
	vBack is Variant = JSONToVariant(cResponse.Content)
	RESULT vBack.recu.article + " x" + vBack.recu.quantite + " (" + vBack.ctype + ")"
