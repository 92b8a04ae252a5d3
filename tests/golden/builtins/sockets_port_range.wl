// A port outside 0-65535 is a non-fatal error of the socket functions (it was a fatal
// "numeric overflow" for the servers, and a client connected to the port modulo 65536)
Trace(SocketCreate("t", 70000), ErrorOccurred) // expect: 0, 1
Trace(Position(ErrorInfo(), "0 to 65535") > 0) // expect: 1
Trace(SocketCreateUDP("u", 65536), ErrorOccurred) // expect: 0, 1
Trace(SocketCreateUDP("u", -1), ErrorOccurred) // expect: 0, 1
Trace(SocketConnect("c", 70000, "127.0.0.1", 50), ErrorOccurred) // expect: 0, 1
Trace(Position(ErrorInfo(), "70000") > 0) // expect: 1
Trace(SocketConnectSSL("s", SocketTLS1_2, 65536 + 443, "127.0.0.1", 50), ErrorOccurred) // expect: 0, 1
Trace(Position(ErrorInfo(), "0 to 65535") > 0) // expect: 1
Trace(SocketExist("t"), SocketExist("u"), SocketExist("c"), SocketExist("s")) // expect: 0, 0, 0, 0
