// A bad Reply-To address: the error names the member the script wrote (ReplyTo,
// AdresseExpéditeur, SenderAddress); a bad Email.ReplyTo was reported as
// "SenderAddress", a member the script never named. CR/LF in it is refused (no injection).
m is Email
m.Sender = "ann@example.org"
m.Recipient[1] = "bob@example.org"
m.ReplyTo = "not an address"
Trace(EmailBuildSource(m)) // expect: 0
Trace(ErrorInfo()) // expect: EmailBuildSource: the Email variable's ReplyTo 'not an address' is not an e-mail address (no '@').
m.SenderAddress = "still@@bad"
Trace(EmailBuildSource(m), Position(ErrorInfo(), "the Email variable's SenderAddress '") > 0) // expect: 0, 1
Email.Sender = "ann@example.org"
Email.Recipient[1] = "bob@example.org"
Email.replyto = "x@example.org" + CR + "Bcc: eve@example.org"
Trace(EmailBuildSource(), Position(ErrorInfo(), "Email.ReplyTo contains a control character (CR)") > 0) // expect: 0, 1
