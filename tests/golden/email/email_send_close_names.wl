// EmailSend, EmailConfigure's French name and CloseSession (docs/builtins.md, "Email: EmailSend
// and the last names"): without a server, what a script sees. A session whose start failed:
// EmailSend and CloseSession (a function, or a method of the session variable) fail
// non-fatally naming the failed start
Trace(EmailConfigure(emailParameterMode, 1)) // expect: 1
Trace(EmailStartSMTPSession("ann@example.org", "127.0.0.1", 1), ErrorOccurred) // expect: 0, 1
Trace(EmailSend("ann@example.org", "message.eml"), ErrorOccurred) // expect: 0, 1
Trace(Position(ErrorInfo(), "EmailSend: the e-mail session 'ann@example.org' is not open: starting it failed") = 1) // expect: 1
Trace(CloseSession("ann@example.org"), ErrorOccurred) // expect: 0, 1
s is emailSMTPSession
s.ServerAddress = "127.0.0.1"
s.Port = 1
s.Name = "bob@example.org"
Trace(EmailStartSMTPSession(s)) // expect: 0
Trace(s.CloseSession(), ErrorOccurred) // expect: 0, 1
Trace(Position(ErrorInfo(), "not open: starting it failed") > 0) // expect: 1
// a session never started: sending on it is the fatal error of EmailSendMessage
EmailSend("nobody@example.org", "message.eml") // expect error: no e-mail session 'nobody@example.org' is open
