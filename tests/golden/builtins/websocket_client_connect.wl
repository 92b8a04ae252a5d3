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
// The asynchronous syntax (a procedure for each event) is refused in words:
Trace(WebSocketClientConnect("client", OnEvent, "127.0.0.1", 80, "MyProject"))   // expect: 0
Trace(Position(ErrorInfo(errMessage), "asynchronous syntax") > 0)   // expect: 1

PROCEDURE OnEvent(nEvent, sMessage)
Trace(nEvent, sMessage)
