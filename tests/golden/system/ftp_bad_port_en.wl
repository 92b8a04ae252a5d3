// FTPConnect with a port that is no port fails naming it, before any connection
// (docs/builtins.md FTP; it said "Connection refused")
Trace(FTPConnect("127.0.0.1", "user", "pw", -1), ErrorOccurred)   // expect: -1, 1
Trace(ErrorInfo())                           // expect: FTPConnect: the port -1 is not a port number (1 to 65535).
Trace(FTPConnect("127.0.0.1", "user", "pw", 70000))               // expect: -1
Trace(ErrorInfo())                           // expect: FTPConnect: the port 70000 is not a port number (1 to 65535).
