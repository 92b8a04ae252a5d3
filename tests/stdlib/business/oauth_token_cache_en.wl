// Calls to the carrier's API with an OAuth2 token (client_credentials): the token is
// asked for once, kept until 30 s before it expires, asked for again when the API
// answers 401 (a revoked token), once per call.
CONSTANT
	TOKEN_URL = "{url}/oauth/token"
	API_URL = "{url}/v1/expeditions/"
	EXPIRY_MARGIN = 30
END

STToken is Structure
	sValue		is string
	dtExpires	is DateTime
END
gstToken is STToken
gnTokenRequests is int

FOR EACH sNumber OF ["EXP-001", "EXP-002", "EXP-003", "EXP-404"]
	vShipment is Variant = TrackShipment(sNumber)
	IF vShipment = Null THEN
		Trace(sNumber + ": not found")
	ELSE
		Trace(StringBuild("%1: %2 in %3", sNumber, vShipment.statut, vShipment.ville))
	END
END
Trace(gnTokenRequests + " token(s) asked for")

PROCEDURE ValidToken(LOCAL bForce is boolean = False) : string
IF NOT bForce AND gstToken.sValue <> "" AND SysDateTime() < gstToken.dtExpires THEN
	RESULT gstToken.sValue
END
cReq is httpRequest
cReq.URL = TOKEN_URL
cReq.Method = httpPost
cReq.ContentType = "application/x-www-form-urlencoded"
cReq.Content = "grant_type=client_credentials&client_id=wdtransport&client_secret=" + URLEncode("s3cr&t=é", encodeURLParameter)
cRes is httpResponse = HTTPSend(cReq)
IF ErrorOccurred _OR_ cRes.StatusCode <> 200 THEN
	Trace("token refused: " + cRes.StatusCode)
	RESULT ""
END
gnTokenRequests++
vToken is Variant = JSONToVariant(cRes.Content)
gstToken.sValue = vToken.access_token
gstToken.dtExpires = SysDateTime()
gstToken.dtExpires..Second += vToken.expires_in - EXPIRY_MARGIN
RESULT gstToken.sValue

PROCEDURE TrackShipment(sNumber is string) : Variant
FOR nAttempt = 1 _TO_ 2
	cReq is httpRequest
	cReq.URL = API_URL + sNumber
	cReq.Header["Authorization"] = "Bearer " + ValidToken(nAttempt = 2)
	cRes is httpResponse = HTTPSend(cReq)
	SWITCH cRes.StatusCode
		CASE 200 : RESULT JSONToVariant(cRes.Content)
		CASE 401 : CONTINUE   // revoked token: a new one, once
		CASE 404 : RESULT Null
		OTHER CASE
			Trace("unexpected answer " + cRes.StatusCode)
			RESULT Null
	END
END
RESULT Null
