// Help page httpProgress (Variable type) ?1000021222: its example as written (its
// `.Procédure` is the page's own spelling), on the loopback: the URL is a small web server
// of ours in place of www.windev.com, the Info/Error windows are Traces, MyCallback the
// page's procedure format `PROCEDURE <name>(<Total>, <Progress>)`. The page states no
// result: the calls below are ours (a piece at a time, "the specified frequency may not
// be respected"; the last call has Progress = Total). Then Frequency, an httpProgress
// variable given to UploadProgress (INFERRED: one call once the body was sent), and a
// ProgressBar alone, refused: no controls outside the IDE.
nPort is int
LOOP (20)  // a free port, under the system's own ones (32768 up): others' servers run too
	nPort = 20000 + Random(1, 12000)
	IF SocketCreate("Web", nPort) THEN BREAK
END
ThreadExecute("WebServer", threadNormal, AnswerRequests, 2)

cMyRequest is httpRequest
cMyRequest.URL = "http://127.0.0.1:" + nPort + "/catalogue"
cMyRequest.DownloadProgress.Procédure = MyCallback
cMyResponse is httpResponse = HTTPSend(cMyRequest)   // expect: MyCallback 3000 of 3000
IF ErrorOccurred THEN
	Trace(ErrorInfo(errFullDetails))
ELSE
	Trace(Length(cMyResponse.Content))   // expect: 3000
END
Trace(cMyRequest.DownloadProgress.Frequency)   // expect: 1000

pUpload is httpProgress
pUpload.Procedure = "Sent"
pUpload.Frequency = 10
rq is httpRequest
rq.URL = "http://127.0.0.1:" + nPort + "/upload"
rq.Method = httpPost
rq.Content = "0123456789"
rq.UploadProgress = pUpload
Trace(HTTPSend(rq).StatusCode)   // expect: Sent 10 of 10
// expect: 200
ThreadWait("WebServer")
SocketClose("Web")

rq.UploadProgress.Procedure = ""
rq.UploadProgress.ProgressBar = "PBAR_Upload"
WHEN EXCEPTION IN
	HTTPSend(rq)
DO
	Trace(ExceptionInfo())   // expect: HTTPSend: the request's progress names the Progress Bar control 'PBAR_Upload': controls are not available outside the IDE; give a Procedure instead.
END

PROCEDURE MyCallback(nTotal, nProgress)
Trace("MyCallback " + nProgress + " of " + nTotal)

PROCEDURE Sent(nTotal, nProgress)
Trace("Sent " + nProgress + " of " + nTotal)

PROCEDURE AnswerRequests(nCount is int)
LOOP (nCount)
	SocketWaitForConnection("Web")
	sClient is string = SocketAccept("Web")
	SocketChangeTransmissionMode(sClient, SocketNoEndTag)
	SocketRead(sClient)
	SocketWrite(sClient, "HTTP/1.0 200 OK" + CR + "Content-Type: text/plain" + CR + ...
		"Content-Length: 3000" + CR + CR + Repeat("x", 3000))
	SocketClose(sClient)
END
