// The orders' export fetched from a customer's old intranet (no API): log in through its
// form, the server sets a session cookie, then the same request (managing its cookies)
// downloads the CSV export, read line by line.
CONSTANT
	INTRANET_URL = "http://127.0.0.1:{port}"
END

gReq is httpRequest
HTTPCookieManage(gReq, True)

IF NOT LogIn("compta", "m0t de passe&co") THEN
	Trace("login refused")
	RETURN
END
nTotal is currency
FOR EACH STRING sLine OF DownloadExport("2026-11") SEPARATED BY CR
	IF sLine = "" OR sLine [= "num;" THEN CONTINUE
	Trace(ExtractString(sLine, 1, ";") + ": " + ExtractString(sLine, 3, ";"))
	nTotal += Val(Replace(ExtractString(sLine, 3, ";"), ",", "."))
END
Trace("total: " + nTotal)
// the session is the request's: HTTPSend of another request is not logged in
other is httpRequest
other.URL = INTRANET_URL + "/export?mois=2026-11"
Trace(HTTPSend(other).StatusCode)

PROCEDURE LogIn(sUser, sPassword) : boolean
	gReq.URL = INTRANET_URL + "/login"
	gReq.Method = httpPost
	gReq.ContentType = "application/x-www-form-urlencoded"
	gReq.Content = "user=" + URLEncode(sUser, encodeURLParameter) + "&pwd=" + URLEncode(sPassword, encodeURLParameter)
	resp is httpResponse = HTTPSend(gReq)
	RESULT NOT ErrorOccurred _AND_ resp.StatusCode = 200

PROCEDURE DownloadExport(sMonth is string) : string
	gReq.URL = INTRANET_URL + "/export?mois=" + sMonth
	gReq.Method = httpGet
	gReq.Content = ""
	resp is httpResponse = HTTPSend(gReq)
	IF resp.StatusCode <> 200 THEN
		Trace("export: status " + resp.StatusCode)
		RESULT ""
	END
	RESULT resp.Content
