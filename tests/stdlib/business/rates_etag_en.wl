// The day's exchange rates (a central bank's XML file): downloaded once, then asked
// again with its ETag; the server answers 304 while it has not changed and the cached
// file serves. The rate is read out of the XML with string functions.
CONSTANT
	RATES_URL = "http://127.0.0.1:{port}/stats/eurofxref-daily.xml"
END

gsCache is string = fTempPath() + [fSep()] + "rates_{port}.xml"
gsETag is string = gsCache + ".etag"

Trace("USD", RateOfTheDay("USD"))
Trace("CHF", RateOfTheDay("chf"))
Trace("JPY", RateOfTheDay("JPY"))
Trace("XXX", RateOfTheDay("XXX"))
fDelete(gsCache) ; fDelete(gsETag)

PROCEDURE RateOfTheDay(LOCAL sCurrency is string) : real
	sXML is string = RatesXML()
	IF sXML = "" THEN RESULT 0
	nPos is int = Position(sXML, "currency='" + Upper(sCurrency) + "'")
	IF nPos = 0 THEN
		Trace("unknown currency: " + sCurrency)
		RESULT 0
	END
	sRate is string = ExtractString(Middle(sXML, nPos), 4, "'")
	RESULT Val(sRate)

PROCEDURE RatesXML() : string
	req is httpRequest
	req.URL = RATES_URL
	IF fFileExist(gsETag) AND fFileExist(gsCache) THEN
		req.Header["If-None-Match"] = fLoadText(gsETag)
	END
	resp is httpResponse = HTTPSend(req)
	IF ErrorOccurred THEN
		Trace("network: " + ErrorInfo(errMessage))
		RESULT ""
	END
	SWITCH resp.StatusCode
		CASE 200
			fSaveText(gsCache, resp.Content)
			fSaveText(gsETag, resp.Header["ETag"])
			Trace("downloaded")
			RESULT resp.Content
		CASE 304
			Trace("unchanged, cached")
			RESULT fLoadText(gsCache)
		OTHER CASE
			Trace("status " + resp.StatusCode)
	END
	RESULT ""
