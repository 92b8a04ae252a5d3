// Tell a partner that an order was paid, by webhook: a JSON body signed with HMAC-SHA256
// (X-Signature header), retried on 503 (Retry-After honoured, bounded), written as in a
// WINDEV project (CONSTANT, a procedure with LOCAL and optional parameters, SWITCH on the
// status code, LOOP with BREAK, a Variant built member by member)
CONSTANT
	WEBHOOK_SECRET_KEY = "whsec_{key}"
	MAX_ATTEMPTS = 4
END

gsLastError is string
vOrder is Variant
vOrder.numero = "CDE-2026-0815"
vOrder.client = "Hélène Dûpont"
vOrder.montant = 72.40
vOrder.statut = "payée"

IF NotifyPartner("{url}/webhooks/commandes", vOrder) THEN
	Trace("Partner notified")
ELSE
	Trace("Failed: " + gsLastError)
END
IF NOT NotifyPartner("{url}/webhooks/toujours-indisponible", vOrder, 2) THEN
	Trace("Failed: " + gsLastError)
END
IF NOT NotifyPartner("{url}/webhooks/refus", vOrder) THEN Trace("Failed: " + gsLastError)

PROCEDURE NotifyPartner(LOCAL sURL is string, LOCAL vData is Variant, LOCAL nMaxAttempts is int = MAX_ATTEMPTS) : boolean
	sBody is string = VariantToJSON(vData)
	bufSignature is Buffer = HashString(HA_HMAC_SHA_256, StringToUTF8(sBody), WEBHOOK_SECRET_KEY)
	sSignature is string = "sha256=" + Lower(BufferToHexa(bufSignature, NoGrouping, NoLine))

	nAttempt is int = 0
	LOOP
		nAttempt++
		req is httpRequest
		req.URL = sURL
		req.Method = httpPost
		req.ContentType = "application/json; charset=utf-8"
		req.Content = StringToUTF8(sBody)
		req.Header["X-Signature"] = sSignature
		req.Header["X-Essai"] = nAttempt
		req.Timeout = 2000
		resp is httpResponse = HTTPSend(req)
		IF ErrorOccurred THEN
			Trace(StringBuild("attempt %1: %2", nAttempt, ErrorInfo(errMessage)))
		ELSE
			SWITCH resp.StatusCode
				CASE 200 TO 299
					Trace(StringBuild("attempt %1: accepted (%2)", nAttempt, resp.StatusCode))
					RESULT True
				CASE 503
					Trace(StringBuild("attempt %1: 503, retry in %2 s", nAttempt, resp.Header["Retry-After"]))
					IF nAttempt < nMaxAttempts THEN ThreadPause(Min(Val(resp.Header["Retry-After"]), 1) * 10)
				OTHER CASE
					gsLastError = StringBuild("refused by the partner (%1 %2)", resp.StatusCode, resp.Content)
					RESULT False
			END
		END
		IF nAttempt >= nMaxAttempts THEN BREAK
	END
	gsLastError = StringBuild("still unavailable after %1 attempts", nAttempt)
	RESULT False
