// Email.Error ("character string containing the error message", ?3032029): why the last
// EmailSendMessage of that message failed, "" once it is sent (which failures fill it:
// INFERRED, docs/email.md "Errors"). It stayed "" whatever happened.
IF EmailStartSMTPSession("ann@example.org", "smtp.example.com") THEN
	Email.Sender = "ann@example.org"
	Email.Recipient[1] = "no at sign"
	Trace(EmailSendMessage("ann@example.org"), Email.Error) // expect: 0, Email.Recipient[1] 'no at sign' is not an e-mail address (no '@').
	Trace(Position(ErrorInfo(errMessage), Email.Error) > 0) // expect: 1
	Email.Recipient[1] = "bob@example.org"
	Trace(EmailSendMessage("ann@example.org"), "[" + Email.Error + "]") // expect: 1, []
	m is Email
	m.Sender = "ann@example.org"
	Trace(EmailSendMessage("ann@example.org", m), m.Error) // expect: 0, the Email variable has no recipient (Recipient, Cc and Bcc are all empty).
	EmailCloseSession("ann@example.org")
END
// expect mail count: 1
// expect mail: To: bob@example.org
