// A session whose start failed: every reading function fails non-fatally with the value of
// its type (docs/builtins.md "Email: sources and reading"): an empty array, "", 0; a script
// that counts what it got goes on (EmailCurrentFolder was an internal error, EmailGetAll
// and EmailListFolder returned False, which ArrayCount refused)
Trace(EmailStartIMAPSession("ann@example.org", "pw", "127.0.0.1", 1)) // expect: 0
Trace("[" + EmailCurrentFolder("ann@example.org") + "]", ErrorOccurred) // expect: [], 1
Trace(ArrayCount(EmailListFolder("ann@example.org")), ErrorOccurred) // expect: 0, 1
Trace(ArrayCount(EmailGetAll("ann@example.org")), ErrorOccurred) // expect: 0, 1
Trace(Position(ErrorInfo(), "EmailGetAll: the e-mail session 'ann@example.org' is not open: starting it failed") = 1) // expect: 1
Trace(EmailNbMessage("ann@example.org"), EmailMessageLength("ann@example.org", 1)) // expect: 0, 0
Trace(EmailStartPOP3Session("bob@example.org", "pw", "127.0.0.1", 1)) // expect: 0
Trace(ArrayCount(EmailGetAll("bob@example.org")), ErrorOccurred) // expect: 0, 1
