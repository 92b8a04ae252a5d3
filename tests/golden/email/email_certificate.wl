// Email.Certificate (?3032029: the certificate that signs the message before it is sent) and
// emailCompanyConfidential (?3032138). wlinterp does not sign: a message given a certificate
// is refused, never sent or built unsigned (docs/email.md, "Certificate"); sent once emptied.
Trace(emailCompanyConfidential, Email.Certificate = "") // expect: 3, 1
IF EmailStartSMTPSession("ann@example.org", "Password", "smtp.example.com") THEN
	Email.Sender = "ann@example.org"
	Email.Recipient[1] = "bob@example.org"
	Email.Subject = "Signed?"
	Email.Certificate = "c:\certs\ann.p12"
	Trace(EmailSendMessage("ann@example.org"), ErrorOccurred, Email.ID = "") // expect: 0, 1, 1
	Trace(Position(ErrorInfo(errMessage), "Email.Certificate asks for the message to be signed") > 0) // expect: 1
	Trace(Position(ErrorInfo(errMessage), "the message was not sent") > 0, Email.Certificate) // expect: 1, c:\certs\ann.p12
	m is Email
	m.Sender = "ann@example.org"
	Add(m.Recipient, "carol@example.org")
	m.Certificate = "ann"
	Trace(EmailBuildSource(m), m.Source = "", Position(ErrorInfo(), "was not built") > 0) // expect: 0, 1, 1
	Trace(EmailSendMessage("ann@example.org", m)) // expect: 0
	sFile is string = fTempPath() + "email_certificate.eml"
	fSaveText(sFile, "Subject: raw" + CR + CR + "body")
	Trace(EmailSend("ann@example.org", sFile), Position(ErrorInfo(), "was not sent") > 0) // expect: 0, 1
	fDelete(sFile)
	Email.Certificate = ""
	Trace(EmailSendMessage("ann@example.org"), Email.ID <> "") // expect: 1, 1
	EmailCloseSession("ann@example.org")
END
m2 is Email = m
Trace(m2.Certificate) // expect: ann
m.Certificate = Null
Trace(EmailBuildSource(m), m.Certificate = "") // expect: 1, 1
EmailReset()
Trace(Email.Certificate = "") // expect: 1
// expect mail count: 1
// expect mail: Subject: Signed?
// expect mail: To: bob@example.org
