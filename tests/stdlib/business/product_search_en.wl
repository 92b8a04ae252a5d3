// Product search on the catalogue's API (business code in English): the criteria a user
// typed go in the URL, each encoded as a parameter (accents, spaces, &, +, =:
// encodeURLParameter, else & and + keep their meaning in the URL)
CONSTANT
	API_URL = "http://127.0.0.1:{port}/api/v2"
	PAGE_SIZE = 2
END

gsApiKey is string = "clé-démo+42"

aaCriteria is associative array of strings
aaCriteria["q"] = "café crème & thé"
aaCriteria["categorie"] = "Épicerie fine"
aaCriteria["ville"] = "Saint-Étienne"
nFound is int = SearchProducts(aaCriteria)
Trace("found: " + nFound)
Trace(SearchProducts(aaCriteria, 9))
// an empty search does not call the API
aaNone is associative array of strings
Trace(SearchProducts(aaNone))

Procedure SearchProducts(LOCAL aaWhat is associative array of strings, nPage is int = 1) : int
	IF aaWhat..Occurrence = 0 THEN
		Trace("no criteria")
		RESULT -1
	END
	sQuery is string
	FOR EACH sValue, sKey OF aaWhat
		sQuery += [ "&" ] + URLEncode(sKey, encodeURLParameter) + "=" + URLEncode(sValue, encodeURLParameter)
	END
	sQuery += "&page=" + nPage + "&taille=" + PAGE_SIZE + "&cle=" + URLEncode(gsApiKey, encodeURLParameter)
	req is httpRequest
	req..URL = API_URL + "/articles?" + sQuery
	req..Header["Accept"] = "application/json"
	resp is httpResponse = HTTPSend(req)
	if ErrorOccurred then
		Trace("network: " + ErrorInfo(errMessage))
		return -1
	end
	SWITCH resp.StatusCode
		CASE 200
			jRes is JSON = resp.Content
			FOR EACH jItem OF jRes.articles
				Trace(jItem.ref + " | " + jItem.libelle + " | " + NumToString(jItem.prix, "8.2f"))
			END
			return jRes.total
		CASE 400
			jErr is JSON = resp.Content
			Trace("refused: " + jErr.message)
		OTHER CASE
			Trace("status " + resp.StatusCode)
	END
	RETURN -1
