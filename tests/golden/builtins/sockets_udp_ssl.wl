// UDP and SSL sockets without a fixed port (the loopback exchanges are in
// tests/core/test_sockets.py): what fails, fails as a non-fatal error
Trace(SocketCreateUDP("u", 0)) // expect: 1
Trace(SocketExist("u")) // expect: 1
Trace("[" + SocketClientInfo("u") + "]", SocketClientInfo("u", SocketPort)) // expect: [], 0
Trace(SocketWrite("u", "to nobody"), ErrorOccurred) // expect: 0, 1
Trace(Position(ErrorInfo(), "address and port") > 0) // expect: 1
Trace("[" + SocketRead("u", True, 5) + "]", ErrorOccurred) // expect: [], 1
Trace(SocketCreateUDP("u", 0), ErrorOccurred) // expect: 0, 1
SocketClose("u")
Trace(SocketExist("u")) // expect: 0
Trace(SocketClientInfo("u"), ErrorOccurred) // expect: , 1
Trace(SocketClientInfo("u", SocketPort), ErrorOccurred) // expect: 0, 1
Trace(Length(SocketClientInfo("nobody", SocketPort))) // expect: 1
Trace(SocketCreateSSL("s", 0), ErrorOccurred) // expect: 0, 1
Trace(Position(ErrorInfo(), "certificate is needed") > 0) // expect: 1
Trace(SocketCreateSSL("s", 0, "", SocketTLS1_2, fTempPath() + "/wl_no_such_cert.pem")) // expect: 0
Trace(ErrorOccurred, SocketExist("s")) // expect: 1, 0
Trace(SocketClientInfo("u", 7)) // expect: 
Trace(SocketTLS1_2 <> SocketTLS1_3) // expect: 1
