// The Email structure ?3032029: the members of the part of its table the stored copy
// keeps (Attach to ID), set and sent as the page describes them, to the capture server.
// DispositionNotification is False by default; Error, HTML and ID are strings. Confirmation
// (AccuséRéception: INFERRED English name) asks for a delivery receipt, Return-Receipt-To.
Trace(Email.DispositionNotification, Email.NbAttach, Email.NbCc, Email.NbBcc) // expect: 0, 0, 0, 0
Trace(Email.Error = "", Email.HTML = "", Email.ID = "") // expect: 1, 1, 1
sFile is string = fTempPath() + "email_structure_attach.txt"
fSaveText(sFile, "attached")
IF EmailStartSMTPSession("ann@example.org", "Password", "smtp.example.com") THEN
	Email.Sender = "ann@example.org"
	Email.Recipient[1] = "bob@example.org"
	Email.Cc[1] = "carol@example.org"
	Email.Bcc[1] = "dave@example.org"
	Email.Attach[1] = sFile
	Email.Subject = "The Email structure"
	Email.HTML = "<p>Hello</p>"
	Email.DispositionNotification = True
	Email.Confirmation = True
	Trace(EmailSendMessage("ann@example.org"), Email.NbCc, Email.NbBcc, Email.NbAttach) // expect: 1, 1, 1, 1
	Trace(Email.ID <> "", Email.Error = "") // expect: 1, 1
	EmailCloseSession("ann@example.org")
END
fDelete(sFile)
EmailReset()
Trace(Email.DispositionNotification, Email.NbCc, Email.HTML = "") // expect: 0, 0, 1
// expect mail count: 1
// expect mail: Cc: carol@example.org
// expect mail: Disposition-Notification-To: ann@example.org
// expect mail: Return-Receipt-To: ann@example.org
// expect mail: Subject: The Email structure
