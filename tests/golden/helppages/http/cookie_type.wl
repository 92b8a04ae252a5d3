// Help page Cookie (type) ?1000019222: its example as written, on the loopback. The page
// reads "the cookies of previous session" from MyCookies.xml: that file is written first
// here, by Serialize of an array of Cookie (one cookie without Domain, which takes the
// call's; one of another domain). The page's ".yahoo.com" and "www.yahoo.com" are
// 127.0.0.1 and a small web server of ours (a socket in a thread answering one request
// with the Cookie header it got, and a cookie of its own).
gsCookieHeader is string
nPort is int
LOOP (20)  // a free port, under the system's own ones (32768 up): others' servers run too
	nPort = 20000 + Random(1, 12000)
	IF SocketCreate("Web", nPort) THEN BREAK
END
ThreadExecute("WebServer", threadNormal, AnswerOneRequest)
sFile is string = fTempPath() + "/MyCookies_" + nPort + ".xml"
// the previous session
arrSaved is array of Cookie
cSaved is Cookie
cSaved.Name = "SESSION"
cSaved.Value = "abc123"
cSaved.Path = "/"
cSaved.Comment = "kept by the previous session"
ArrayAdd(arrSaved, cSaved)
cSaved.Name = "lang"
cSaved.Value = "en"
cSaved.Domain = "other.example"
ArrayAdd(arrSaved, cSaved)
sSaved is string
Serialize(arrSaved, sSaved, psdXML)
fSaveText(sFile, sSaved)

// Read the cookies of previous session again
MyCookies is array of Cookie
Deserialize(MyCookies, fLoadText(sFile), psdXML)
Trace(ArrayCount(MyCookies), MyCookies[1].Name, MyCookies[1].Comment, MyCookies[2].Domain)   // expect: 2, SESSION, kept by the previous session, other.example
// Enable the management of cookies
HTTPCookieManage(True)
HTTPCookieReplace("127.0.0.1", MyCookies)
// Request (the cookies will be sent to the Web server)
HTTPRequest("127.0.0.1:" + nPort)
ThreadWait("WebServer")
Trace(gsCookieHeader)   // expect: Cookie: SESSION=abc123
// what the server set is kept beside it
arrNow is array of Cookie = HTTPCookieGet("127.0.0.1")
Trace(ArrayCount(arrNow), arrNow[1].Name, arrNow[2].Name, arrNow[2].Value)   // expect: 2, SESSION, visit, 1
Trace(HTTPCookieRead("other.example", "LANG"))   // expect: en
fDelete(sFile)

PROCEDURE AnswerOneRequest()
SocketWaitForConnection("Web")
sClient is string = SocketAccept("Web")
SocketChangeTransmissionMode(sClient, SocketNoEndTag)
sRequest is string = SocketRead(sClient)
FOR EACH STRING sLine OF sRequest SEPARATED BY CR
	IF sLine [= "Cookie:" THEN gsCookieHeader = sLine
END
SocketWrite(sClient, "HTTP/1.0 200 OK" + CR + "Content-Type: text/plain" + CR + ...
	"Set-Cookie: visit=1; Path=/" + CR + "Content-Length: 2" + CR + CR + "ok")
SocketClose(sClient)
