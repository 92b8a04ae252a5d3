// WebSocketClientConnect (?1410087751): the synchronous syntax gives True or False, the
// failure in ErrorInfo; the socket then is one SocketRead, SocketWrite, SocketClose and
// SocketExist use (tests/stdlib/test_websocket_client.py runs the page's example against
// an echo server). Nothing listens on port 1 of this machine: refused, nothing named.
Trace(WebSocketClientConnect("wbsocket", "127.0.0.1", 1, "/WW_WebsocketServer"))   // expect: 0
Trace(ErrorOccurred)   // expect: 1
Trace(ExtractString(ErrorInfo(errMessage), 1, " ("))
// expect: WebSocketClientConnect: cannot connect to 127.0.0.1:1
Trace(SocketExist("wbsocket"))   // expect: 0
Trace(WebSocketClientConnectSSL("secure", "127.0.0.1", 1))   // expect: 0
Trace(ErrorOccurred)   // expect: 1
// A path holding a control character is refused before anything is tried: a CR or
// LF would end the request line and write headers of its own
Trace(WebSocketClientConnect("w", "127.0.0.1", 1, "x HTTP/1.1" + CR + "X-Injected: 1"))   // expect: 0
Trace(ErrorOccurred)   // expect: 1
Trace(ErrorInfo(errMessage))
// expect: WebSocketClientConnect: the path 'x HTTP/1.1\r\nX-Injected: 1' holds a control character.
// The asynchronous syntax: the procedure is told each event, here the failure
gnEvent is int
WebSocketClientConnect("client", OnEvent, "127.0.0.1", 1, "MyProject")
LOOP (1000)
	IF gnEvent <> 0 THEN BREAK
	ThreadPause(1)
END
// (the procedure's Trace, in its thread:)
// expect: WebSocketClientConnect: cannot connect to 127.0.0.1:1
Trace(gnEvent = SocketError)   // expect: 1
Trace(SocketExist("client"))   // expect: 0

PROCEDURE OnEvent(nEvent, sMessage)
SWITCH nEvent
	CASE SocketOpening, SocketMessage, SocketClosing
		Trace("unexpected", nEvent, sMessage)
	CASE SocketError
		Trace(ExtractString(sMessage, 1, " ("))
END
gnEvent = nEvent
