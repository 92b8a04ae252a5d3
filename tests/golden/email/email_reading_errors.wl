// Reading e-mail: the failures a script sees without a server (docs/builtins.md "Email: sources
// and reading"): a server that is not there is a non-fatal failure naming it; the reads then
// report the failed start; reading a session never started is fatal
Trace(EmailStartPOP3Session("ann@example.org", "pw", "127.0.0.1", 1), ErrorOccurred) // expect: 0, 1
Trace(Left(ErrorInfo(errMessage), 35)) // expect: POP3 server 127.0.0.1:1, connection
// said as SMTP says it (it was the system's "Connection refused")
Trace(ErrorInfo(errMessage)) // expect: POP3 server 127.0.0.1:1, connection: connection refused (no server listening on that port).
Trace(EmailReadFirst("ann@example.org"), Position(ErrorInfo(errMessage), "starting it failed") > 0) // expect: 0, 1
Trace(Email.Out) // expect: 1
// Email.Error says why, without the function's name (?3032029; it stayed "")
Trace(Left(Email.Error, 58)) // expect: the e-mail session 'ann@example.org' is not open: starting
Trace(EmailStartIMAPSession("bob@example.org", "pw", "127.0.0.1", 1), Left(ErrorInfo(), 23)) // expect: 0, IMAP server 127.0.0.1:1
Trace(ErrorInfo()) // expect: IMAP server 127.0.0.1:1, connection: connection refused (no server listening on that port).
s is emailIMAPSession
s.ServerAddress = "127.0.0.1"
s.Port = 1
s.Name = "carol@example.org"
Trace(EmailStartSession(s), ErrorOccurred) // expect: 0, 1
Trace(EmailStartPOP3Session("ann@example.org", "pw", "")) // expect: 0
Trace(ErrorInfo(errMessage)) // expect: EmailStartPOP3Session: no POP3 server address was given.
// closing a session whose start failed is a non-fatal failure, as for SMTP
Trace(EmailCloseSession("ann@example.org"), ErrorOccurred) // expect: 0, 1
EmailReadNext("nobody@example.org") // expect error: no e-mail session 'nobody@example.org' is open for reading
