// Help pages HTTPSend ?1000021183 and httpRequest (Variable type) ?1000021158: their
// example as written, on the loopback: the URL is a small web server of ours (a socket
// in a thread answering one request) in place of www.windev.com, and the Info/Error
// windows are Traces. The pages state no result: the server's page is ours.
gsRequestLine is string
nPort is int
LOOP (20)  // a free port, under the system's own ones (32768 up): others' servers run too
	nPort = 20000 + Random(1, 12000)
	IF SocketCreate("Web", nPort) THEN BREAK
END
ThreadExecute("WebServer", threadNormal, AnswerOneRequest)

cMyRequest is httpRequest
cMyRequest.URL = "http://127.0.0.1:" + nPort + "/"
cMyResponse is httpResponse = HTTPSend(cMyRequest)
IF ErrorOccurred THEN
	Trace(ErrorInfo(errFullDetails))
ELSE
	Trace(cMyResponse.Content)   // expect: <p>Hello</p>
END
Trace(cMyResponse.StatusCode)   // expect: 200
ThreadWait("WebServer")
Trace("the server read: " + gsRequestLine)   // expect: the server read: GET / HTTP/1.1
SocketClose("Web")

PROCEDURE AnswerOneRequest()
SocketWaitForConnection("Web")
sClient is string = SocketAccept("Web")
SocketChangeTransmissionMode(sClient, SocketNoEndTag)
gsRequestLine = ExtractString(SocketRead(sClient), 1, CR)
SocketWrite(sClient, "HTTP/1.0 200 OK" + CR + "Content-Type: text/html" + CR + ...
	"Content-Length: 12" + CR + CR + "<p>Hello</p>")
SocketClose(sClient)
