// HTTPSend's asynchronous syntax, HTTPSend(<request>, <procedure>) (?1000021183, Android;
// <request>.Send(<procedure>), ?1000021624, browser code): the procedure gets the
// httpResponse. wlinterp has no event loop: the request is made and the procedure called
// before HTTPSend returns (decided, INFERRED: docs/builtins.md "HTTPSend"). A request
// that fails calls it too, with an empty response and ErrorOccurred set, and HTTPSend
// then reports the same failure. The server is a socket of ours in a thread.
nPort is int
LOOP (20)  // a free port, under the system's own ones (32768 up): others' servers run too
	nPort = 20000 + Random(1, 12000)
	IF SocketCreate("Web", nPort) THEN BREAK
END
ThreadExecute("WebServer", threadNormal, AnswerTwoRequests)

r is httpRequest
r.URL = "http://127.0.0.1:" + nPort + "/stock"
HTTPSend(r, StockAnswered)
// expect: answered: 200 <p>12 left</p>
Trace("HTTPSend returned " + ErrorOccurred)   // expect: HTTPSend returned 0
r.Send(StockAnswered)
// expect: answered: 200 <p>12 left</p>
ThreadWait("WebServer")
SocketClose("Web")

r.URL = "http://127.0.0.1:1/stock"   // nothing listens there: refused
HTTPSend(r, StockAnswered)
// expect: answered: 0  (error: 1)
Trace("HTTPSend returned " + ErrorOccurred)   // expect: HTTPSend returned 1
Trace(ExtractString(ErrorInfo(errMessage), 1, " ("))
// expect: HTTPSend: the request to http://127.0.0.1:1/stock failed

PROCEDURE StockAnswered(Response is httpResponse)
IF ErrorOccurred THEN
	Trace("answered: " + Response.StatusCode + " " + Response.Content + " (error: " + ErrorOccurred + ")")
ELSE
	Trace("answered: " + Response.StatusCode + " " + Response.Content)
END

PROCEDURE AnswerTwoRequests()
LOOP (2)
	SocketWaitForConnection("Web")
	sClient is string = SocketAccept("Web")
	SocketChangeTransmissionMode(sClient, SocketNoEndTag)
	SocketRead(sClient)
	SocketWrite(sClient, "HTTP/1.0 200 OK" + CR + "Content-Type: text/html" + CR + ...
		"Content-Length: 14" + CR + CR + "<p>12 left</p>")
	SocketClose(sClient)
END
