// A stock REST service and its client over the loopback: the server is a socket in a
// thread (routes by SWITCH on method and path, JSON bodies built from Variants, 404/422
// answers, the body read up to its Content-Length); the client uses httpRequest /
// httpResponse (GET, POST with a JSON body), JSONToVariant and the JSON type, and sees
// ErrorOccurred once the server is gone.
STArticle is Structure
	sRef is string
	sLabel is string
	nStock is int
	mPrice is currency
END
gaaStock is associative array of STArticle
gnServed is int
gsLog is string

// the service's data
st is STArticle
st.sRef = "A1" ; st.sLabel = "Desk lamp" ; st.nStock = 12 ; st.mPrice = 24.9
gaaStock[st.sRef] = st
st.sRef = "B7" ; st.sLabel = "Office chair" ; st.nStock = 2 ; st.mPrice = 149
gaaStock[st.sRef] = st

// start the server on a free port (a few tries)
nPort is int
FOR nTry = 1 TO 5
	nPort = 20000 + Random(1, 20000)
	IF SocketCreate("REST", nPort) THEN BREAK
	nPort = 0
END
IF nPort = 0 THEN
	Error("no free port")
	RETURN
END
ThreadExecute("Server", threadNormal, Serve, 4)
sBase is string = "http://127.0.0.1:" + nPort

// 1. GET an article
req is httpRequest
req.URL = sBase + "/articles/A1"
req.Method = httpGet
rep is httpResponse = HTTPSend(req)
Trace(rep.StatusCode + " " + rep.ContentType) // expect: 200 application/json
vArt is Variant = JSONToVariant(rep.Content)
Trace(vArt.label + ": " + vArt.stock + " at " + vArt.price) // expect: Desk lamp: 12 at 24.9

// 2. an unknown article
req.URL = sBase + "/articles/Z9"
rep = HTTPSend(req)
IF rep.StatusCode = 404 THEN Trace("not found: " + JSONToVariant(rep.Content).error) // expect: not found: no article Z9

// 3. POST an order as JSON
vOrder is Variant
vOrder.customer = "C042"
vOrder.lines[1].ref = "A1"
vOrder.lines[1].qty = 3
vOrder.lines[2].ref = "B7"
vOrder.lines[2].qty = 1
req.URL = sBase + "/orders"
req.Method = httpPost
req.ContentType = "application/json"
req.Content = VariantToJSON(vOrder)
rep = HTTPSend(req)
Trace(rep.StatusCode) // expect: 200
jAnswer is JSON = rep.Content
Trace("order " + jAnswer.number + ", total " + jAnswer.total) // expect: order SO-3, total 223.7

// 4. an order beyond the stock is refused with 422
vOrder.lines[2].qty = 5
req.Content = VariantToJSON(vOrder)
rep = HTTPSend(req)
Trace(rep.StatusCode + ": " + JSONToVariant(rep.Content).error) // expect: 422: only 1 B7 left

ThreadWait("Server")
SocketClose("REST")
Trace("served " + gnServed + ": " + gsLog) // expect: served 4: GET /articles/A1 GET /articles/Z9 POST /orders POST /orders
Trace("stock left: A1=" + gaaStock["A1"].nStock + " B7=" + gaaStock["B7"].nStock) // expect: stock left: A1=9 B7=1

// 5. no server any more: the request fails, ErrorOccurred says why
rep = HTTPSend(req)
IF ErrorOccurred THEN Trace("after the end: error") // expect: after the end: error

PROCEDURE Serve(nRequests is int)
LOOP (nRequests)
	IF NOT SocketWaitForConnection("REST", 10000) THEN BREAK
	sClient is string = SocketAccept("REST")
	SocketChangeTransmissionMode(sClient, SocketNoEndTag)
	sRequest is string = SocketRead(sClient)
	// the body may come after the headers
	nLength is int = Val(ExtractString(ExtractString(sRequest, 2, "Content-Length: "), 1, CR))
	WHILE Length(ExtractString(sRequest, 2, CR + CR)) < nLength
		sRequest += SocketRead(sClient)
	END
	sMethod, sPath are strings
	(sMethod, sPath) = StringSplit(ExtractString(sRequest, 1, CR), " ")
	gsLog += [" "] + sMethod + " " + sPath
	nCode is int
	sBody is string = Handle(sMethod, sPath, ExtractString(sRequest, 2, CR + CR), nCode)
	SocketWrite(sClient, "HTTP/1.1 " + nCode + " X" + CR + "Content-Type: application/json" + CR + ...
		"Content-Length: " + Length(StringToUTF8(sBody)) + CR + "Connection: close" + CR + CR + StringToUTF8(sBody))
	SocketClose(sClient)
	gnServed++
END

PROCEDURE Handle(sMethod is string, sPath is string, sBody is string, nCode is int)
v is Variant
SWITCH sMethod + " " + ExtractString(sPath, 2, "/")
	CASE "GET articles"
		sRef is string = ExtractString(sPath, 3, "/")
		IF NOT gaaStock[sRef]..Exist THEN
			nCode = 404
			v.error = "no article " + sRef
			RESULT VariantToJSON(v)
		END
		v.ref = sRef
		v.label = gaaStock[sRef].sLabel
		v.stock = gaaStock[sRef].nStock
		v.price = gaaStock[sRef].mPrice
	CASE "POST orders"
		vIn is Variant = JSONToVariant(sBody)
		mTotal is currency
		FOR EACH vLine OF vIn.lines
			IF gaaStock[vLine.ref].nStock < vLine.qty THEN
				nCode = 422
				v.error = StringBuild("only %1 %2 left", gaaStock[vLine.ref].nStock, vLine.ref)
				RESULT VariantToJSON(v)
			END
			mTotal += vLine.qty * gaaStock[vLine.ref].mPrice
		END
		FOR EACH vLine OF vIn.lines
			gaaStock[vLine.ref].nStock -= vLine.qty
		END
		v.number = "SO-" + (gnServed + 1)
		v.total = mTotal
	OTHER CASE
		nCode = 400
		v.error = "unknown route"
		RESULT VariantToJSON(v)
END
nCode = 200
RESULT VariantToJSON(v)
