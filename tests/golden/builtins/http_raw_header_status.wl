// The raw header of an HTTP answer (HTTPGetResult(httpHeader), httpResponse.RoughHeader)
// starts with the status line as the server sent it: ported code reads the status code
// from it (it held the header lines only). SocketWrite sends StringToUTF8's bytes as they
// are (it encoded them again: "é" went as four bytes and the body overran its length).
nPort is int
FOR nTry = 1 TO 5
	nPort = 20000 + Random(1, 12000)
	IF SocketCreate("Web", nPort) THEN BREAK
END
ThreadExecute("WebServer", threadNormal, AnswerTwice)
IF HTTPRequest("http://127.0.0.1:" + nPort + "/a") THEN
	sHeader is string = HTTPGetResult(httpHeader)
	Trace(ExtractString(sHeader, 1, CR)) // expect: HTTP/1.1 201 Created
	Trace(ExtractString(sHeader, 2, " ")) // expect: 201
	Trace(HTTPGetResult()) // expect: {"label":"Café crème"}
END
req is httpRequest
req.URL = "http://127.0.0.1:" + nPort + "/b"
rep is httpResponse = HTTPSend(req)
Trace(ExtractString(rep.RoughHeader, 1, CR)) // expect: HTTP/1.1 201 Created
Trace(rep.StatusCode, rep.DescriptionStatusCode) // expect: 201, Created
ThreadWait("WebServer")
SocketClose("Web")

PROCEDURE AnswerTwice()
LOOP (2)
	IF NOT SocketWaitForConnection("Web", 5000) THEN BREAK
	sClient is string = SocketAccept("Web")
	SocketChangeTransmissionMode(sClient, SocketNoEndTag)
	SocketRead(sClient)
	sBody is string = StringToUTF8("{""label"":""Café crème""}")
	SocketWrite(sClient, "HTTP/1.1 201 Created" + CR + "Content-Type: application/json; charset=utf-8" + CR + ...
		"Content-Length: " + Length(sBody) + CR + CR + sBody)
	SocketClose(sClient)
END
