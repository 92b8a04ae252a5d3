// A server given as an IPv6 address, bare or in brackets as in a URL (e-mail, FTP, sockets): the
// session goes to that address, and errors show it as [::1]:port. "[::1]" was looked up as a host name and failed
// ("SMTP server [[::1]]:1, connection: the host name could not be resolved"); a POP3 server
// ::1 was shown "::1:1". Port 1 of the loopback: nothing listens there.
Trace(EmailStartSMTPSession("ann@example.org", "[::1]", 1), Left(ErrorInfo(errMessage), 31)) // expect: 0, SMTP server [::1]:1, connection
Trace(Position(ErrorInfo(errMessage), "resolved") = 0) // expect: 1
Trace(EmailStartSMTPSession("bob@example.org", "::1", 1), Left(ErrorInfo(errMessage), 31)) // expect: 0, SMTP server [::1]:1, connection
Trace(EmailStartPOP3Session("carol@example.org", "pw", "::1", 1), Left(ErrorInfo(errMessage), 31)) // expect: 0, POP3 server [::1]:1, connection
Trace(EmailStartIMAPSession("dan@example.org", "pw", "[::1]", 1), Left(ErrorInfo(errMessage), 31)) // expect: 0, IMAP server [::1]:1, connection
// The same for FTP and sockets: "[::1]" was "Name or service not known"
Trace(FTPConnect("[::1]", "ann", "pw", 1), Position(ErrorInfo(errMessage), "not known") = 0) // expect: -1, 1
Trace(SocketConnect("s", 1, "[::1]", 500), Left(ErrorInfo(errMessage), 42)) // expect: 0, SocketConnect: cannot connect to [::1]:1 (
