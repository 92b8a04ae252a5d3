// Help pages HTTPGetResult ?3043001 and HTTPRequest ?3043007: HTTPGetResult's first
// example as written, on the loopback: a small web server of ours (a socket in a thread
// answering one request, with a cookie) in place of the page's URL, Info as Trace, and
// ResStart declared (the page's excerpt uses it undeclared). The header is shown through
// the lines it holds: the page states no result.
gsRequestLine is string
nPort is int
LOOP (20)  // a free port, under the system's own ones (32768 up): others' servers run too
	nPort = 20000 + Random(1, 12000)
	IF SocketCreate("Web", nPort) THEN BREAK
END
ThreadExecute("WebServer", threadNormal, AnswerOneRequest)
ResStart is boolean
// Retrieve the elements of the Web page
ResStart = HTTPRequest("http://127.0.0.1:" + nPort + "/")
IF ResStart = True THEN
	ResCode is string = HTTPGetResult()
	Trace("HTML code: " + ResCode)   // expect: HTML code: <p>Hello</p>
	ResHeader is string = HTTPGetResult(httpHeader)
	Trace("Header: " + (Position(ResHeader, "Content-Type: text/html") > 0))   // expect: Header: 1
	ResCookie is string = HTTPGetResult(httpCookie)
	Trace("Cookie: " + ResCookie)   // expect: Cookie: session=42; Path=/
END
ThreadWait("WebServer")
Trace(gsRequestLine)   // expect: GET / HTTP/1.1

PROCEDURE AnswerOneRequest()
SocketWaitForConnection("Web")
sClient is string = SocketAccept("Web")
SocketChangeTransmissionMode(sClient, SocketNoEndTag)
gsRequestLine = ExtractString(SocketRead(sClient), 1, CR)
SocketWrite(sClient, "HTTP/1.0 200 OK" + CR + "Content-Type: text/html" + CR + ...
	"Set-Cookie: session=42; Path=/" + CR + "Content-Length: 12" + CR + CR + "<p>Hello</p>")
SocketClose(sClient)
