// Several addresses in one element of Recipient, Cc or Bcc ("a@x; b@x", as Outlook's
// fields take them): refused in words, the message sent to nobody (INFERRED from ?3032029,
// "array of strings": one address an element, counted by NbCc; docs/email.md "Decisions").
// It was refused with the parser's "invalid address in address-list", which did not say
// what to do. One address in each element is sent to both.
IF EmailStartSMTPSession("ann@example.org", "smtp.example.com") THEN
	Email.Sender = "ann@example.org"
	Email.Recipient[1] = "bob@example.org"
	Email.Cc[1] = "carl@example.org; dora@example.org"
	Email.Subject = "Minutes"
	Email.Message = "See attached"
	Trace(EmailSendMessage("ann@example.org"), ErrorOccurred) // expect: 0, 1
	Trace(ErrorInfo(errMessage)) // expect: EmailSendMessage: Email.Cc[1] 'carl@example.org; dora@example.org' holds 2 addresses separated by ';': an element takes one address; give each address an element of its own ([1], [2]...).
	Email.Cc[1] = "carl@example.org,dora@example.org"
	Trace(EmailSendMessage("ann@example.org"), Email.Error) // expect: 0, Email.Cc[1] 'carl@example.org,dora@example.org' holds 2 addresses separated by ',': an element takes one address; give each address an element of its own ([1], [2]...).
	Email.Bcc[1] = "eve@example.org;"
	Email.Cc[1] = "carl@example.org"
	Trace(EmailSendMessage("ann@example.org"), Email.Error) // expect: 0, Email.Bcc[1] 'eve@example.org;' ends with ';': an element takes one address, without a separator.
	// a comma inside a quoted display name is one address
	Email.Bcc[1] = """Dupont, Eve"" <eve@example.org>"
	Email.Cc[2] = "dora@example.org"
	Trace(EmailSendMessage("ann@example.org"), Email.NbCc) // expect: 1, 2
	EmailCloseSession("ann@example.org")
END
// expect mail count: 1
// expect mail: Cc: carl@example.org, dora@example.org
