// Help pages httpResponse (Variable type) ?1000021165 and restResponse (Variable type)
// ?1000021477: their examples as written (HTTPSend, then RESTSend), on the loopback: the URL
// is a small web server of ours (a socket in a thread) in place of www.pcsoft.fr, the
// Info/Error windows are Traces. The pages state no result: the server's answers are ours.
// Then what the pages' tables state: Content, ContentType, DescriptionStatusCode,
// RoughHeader and StatusCode are read-only; Header is the received headers by name.
gsAnswers is array of strings = ["HTTP/1.0 200 OK" + CR + "Content-Type: text/html" + CR + ...
	"Content-Length: 12" + CR + CR + "<p>Hello</p>", ...
	"HTTP/1.0 503 Service Unavailable" + CR + "Content-Type: application/json" + CR + ...
	"Retry-After: 120" + CR + "Content-Length: 20" + CR + CR + "{""error"":""upkeep""}  "]
nPort is int
LOOP (20)  // a free port, under the system's own ones (32768 up): others' servers run too
	nPort = 20000 + Random(1, 12000)
	IF SocketCreate("Web", nPort) THEN BREAK
END
ThreadExecute("WebServer", threadNormal, AnswerRequests)

cMaRequête is httpRequest
cMaRéponse is httpResponse
cMaRequête.URL = "http://127.0.0.1:" + nPort + "/"
cMaRéponse = HTTPSend(cMaRequête)
IF ErrorOccurred THEN
	Trace(ErrorInfo(errFullDetails))
ELSE
	Trace(cMaRéponse.Content)   // expect: <p>Hello</p>
END
Trace(cMaRéponse.StatusCode, cMaRéponse.ContentType, cMaRéponse.DescriptionStatusCode) // expect: 200, text/html, OK

cMyRequest is httpRequest
cMyRequest.URL = "http://127.0.0.1:" + nPort + "/status"
cMyResponse is httpResponse = RESTSend(cMyRequest)
IF ErrorOccurred THEN
	Trace(ErrorInfo(errFullDetails))
ELSE
	Trace(cMyResponse.StatusCode, cMyResponse.DescriptionStatusCode) // expect: 503, Service Unavailable
END
Trace(cMyResponse.Header["Retry-After"], Left(cMyResponse.RoughHeader, 12)) // expect: 120, HTTP/1.0 503
ThreadWait("WebServer")
SocketClose("Web")
WHEN EXCEPTION IN
	cMyResponse.StatusCode = 200
DO
	Trace(Position(ExceptionInfo(), "read-only") > 0, cMyResponse.StatusCode) // expect: 1, 503
END

PROCEDURE AnswerRequests()
FOR EACH sAnswer OF gsAnswers
	SocketWaitForConnection("Web")
	sClient is string = SocketAccept("Web")
	SocketChangeTransmissionMode(sClient, SocketNoEndTag)
	SocketRead(sClient)
	SocketWrite(sClient, sAnswer)
	SocketClose(sClient)
END
