// Help page restRequest (Variable type) ?1000021481: its example as written (it declares
// an httpRequest and sends it with RESTSend), on the loopback: the URL is a small web
// server of ours in place of www.windev.com, the Info/Error windows are Traces. The page
// states no result: the server's answer is ours. Then the same with the restRequest and
// restResponse types the page describes.
gsRequestLine is string
nPort is int
LOOP (20)  // a free port, under the system's own ones (32768 up): others' servers run too
	nPort = 20000 + Random(1, 12000)
	IF SocketCreate("Web", nPort) THEN BREAK
END
ThreadExecute("WebServer", threadNormal, AnswerRequests, 2)

cMyRequest is httpRequest
cMyRequest.URL = "http://127.0.0.1:" + nPort + "/api"
cMyResponse is httpResponse = RESTSend(cMyRequest)
IF ErrorOccurred THEN
	Trace(ErrorInfo(errFullDetails))
ELSE
	Trace(cMyResponse.Content)   // expect: {"ok":true}
END
Trace(cMyResponse.StatusCode, gsRequestLine)   // expect: 200, GET /api HTTP/1.1
rq is restRequest
rq.URL = "http://127.0.0.1:" + nPort + "/api/items"
rq.Method = httpPost
rq.ContentType = "application/json"
rq.Content = "{""name"":""x""}"
rs is restResponse = RESTSend(rq)
Trace(ErrorOccurred, rs.StatusCode, rs.Content)   // expect: 0, 200, {"ok":true}
ThreadWait("WebServer")
Trace(gsRequestLine)   // expect: POST /api/items HTTP/1.1
SocketClose("Web")

PROCEDURE AnswerRequests(nCount is int)
LOOP (nCount)
	SocketWaitForConnection("Web")
	sClient is string = SocketAccept("Web")
	SocketChangeTransmissionMode(sClient, SocketNoEndTag)
	gsRequestLine = ExtractString(SocketRead(sClient), 1, CR)
	SocketWrite(sClient, "HTTP/1.0 200 OK" + CR + "Content-Type: application/json" + CR + ...
		"Content-Length: 11" + CR + CR + "{""ok"":true}")
	SocketClose(sClient)
END
