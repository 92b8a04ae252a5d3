// A socket address holding a control character (a NUL read from a file, a line break)
// is a non-fatal error naming it: SocketCreate and SocketCreateUDP stopped the run with
// the system library's "host name must not contain null character" (docs/builtins.md
// "Sockets", host_arg)
sAddress is string = "127.0.0.1" + Charact(0)
Trace(SocketCreate("srv", 0, sAddress), ErrorOccurred) // expect: 0, 1
Trace(ErrorInfo(errMessage)) // expect: SocketCreate: the address '127.0.0.1\x00' holds a control character.
Trace(SocketCreateUDP("udp", 0, sAddress), ErrorOccurred) // expect: 0, 1
Trace(SocketConnect("cli", 80, "example.com" + CR), ErrorOccurred) // expect: 0, 1
Trace(ErrorInfo(errMessage)) // expect: SocketConnect: the address 'example.com\r\n' holds a control character.
Trace(SocketConnectSSL("tls", 443, sAddress), ErrorOccurred) // expect: 0, 1
Trace(SocketExist("srv"), SocketExist("udp"), SocketExist("cli"), SocketExist("tls")) // expect: 0, 0, 0, 0
