// Supplier catalogue: every product read page by page.
// The API gives the next page in the Link header (RFC 8288):
//   Link: <https://.../produits?page=2&par_page=2>; rel="next", <...>; rel="last"
CONSTANT
	API_URL		= "http://127.0.0.1:{port}/api/v1"
	API_KEY		= "cle-demo-42"
	MAX_PAGES	= 20
END

STProduct is Structure
	sReference	is string
	sLabel		is string
	mPrice		is currency
	nStock		is int
END

garrProducts is array of STProduct
nPages is int = ReadAllProducts(API_URL + "/produits?par_page=2", garrProducts)
IF nPages < 0 THEN
	Trace("Reading stopped: " + ErrorInfo(errMessage))
ELSE
	Trace(StringBuild("%1 product(s) in %2 page(s)", garrProducts..Occurrence, nPages))
END
ArraySort(garrProducts, asMember + ccIgnoreCase + ccIgnoreAccent, "+sLabel")
mValue is currency
FOR EACH stP OF garrProducts
	Trace(stP.sReference + " " + stP.sLabel + ": " + stP.nStock + " x " + stP.mPrice)
	mValue += stP.nStock * stP.mPrice
END
Trace("Stock value: " + NumToString(mValue, "0.2f"))

// A loop of links (the next page leads back to a page already read) is stopped
arrOthers is array of STProduct
IF ReadAllProducts(API_URL + "/boucle", arrOthers) < 0 THEN
	Trace("Loop: " + ErrorInfo(errMessage) + " (" + arrOthers..Occurrence + " product(s) kept)")
END

// Returns the number of pages read, or -1 (ErrorOccurred) when a page could not be read
PROCEDURE ReadAllProducts(LOCAL sURL is string, arrResult is array of STProduct) : int
arrSeen is associative array of boolean
nPage is int = 0
WHILE sURL <> ""
	IF arrSeen[sURL] THEN
		ErrorThrow(1, "the page " + sURL + " was read already")
		RESULT -1
	END
	arrSeen[sURL] = True
	nPage++
	IF nPage > MAX_PAGES THEN
		ErrorThrow(2, "more than " + MAX_PAGES + " pages")
		RESULT -1
	END
	cReq is httpRequest
	cReq..URL = sURL
	cReq..Header["X-Api-Key"] = API_KEY
	cReq..Header["Accept"] = "application/json"
	cResp is httpResponse = HTTPSend(cReq)
	IF ErrorOccurred OR cResp..StatusCode <> 200 THEN
		ErrorThrow(3, "page " + nPage + ": " + cResp..StatusCode)
		RESULT -1
	END
	vPage is Variant = JSONToVariant(cResp..Content)
	FOR EACH vP OF vPage.produits
		stP is STProduct
		stP.sReference = vP.ref
		stP.sLabel = vP.libelle
		stP.mPrice = vP.prix
		stP.nStock = vP.stock
		ArrayAdd(arrResult, stP)
	END
	sURL = NextLink(cResp..Header["Link"])
END
RESULT nPage

// The address of a Link header's rel="next" link, "" when there is none
PROCEDURE NextLink(LOCAL sLink is string) : string
FOR EACH STRING sOne OF sLink SEPARATED BY ","
	IF Position(sOne, "rel=""next""", 1, IgnoreCase) > 0 THEN
		RESULT ExtractString(ExtractString(sOne, 2, "<"), 1, ">")
	END
END
RESULT ""
