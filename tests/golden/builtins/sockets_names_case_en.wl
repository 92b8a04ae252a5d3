// A socket's name is case sensitive: VERIFIED, "Caution: the socket name is case
// sensitive" (SocketRead ?3070014, SocketCreateSSL ?1000017041, SocketConnectSSL
// ?1000017042). "Server" and "server" are two sockets; a name that differs only by case
// from an open one fails as any unknown name, ErrorInfo saying which one is open.
Trace(SocketCreateUDP("Server", 0)) // expect: 1
Trace(SocketExist("Server"), SocketExist("server"), SocketExist("SERVER")) // expect: 1, 0, 0
Trace(SocketCreateUDP("server", 0), ErrorOccurred) // expect: 1, 0
Trace(SocketExist("server")) // expect: 1
SocketClose("server")
Trace(SocketExist("Server"), SocketExist("server")) // expect: 1, 0
Trace(SocketWrite("SERVER", "hello"), ErrorOccurred) // expect: 0, 1
Trace(ErrorInfo(errMessage)) // expect: SocketWrite: there is no socket named 'SERVER' (a socket's name is case sensitive: 'Server' is open).
SocketClose("SERVER")
Trace(ErrorOccurred, SocketExist("Server")) // expect: 1, 1
SocketClose("Server")
Trace(SocketExist("Server")) // expect: 0
