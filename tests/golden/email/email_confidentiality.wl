// Email.Confidentiality (emailCompanyConfidential, "type of confidentiality: confidential email",
// ?3032138; the member's name and the values 1 and 2 INFERRED, docs/email.md): the Sensitivity
// header Outlook reads, read back by EmailImportSource; Sensitivity is the same member.
m is Email
m.Sender = "Société Dupont & Fils <compta@dupont.example>"
Add(m.Recipient, "bob@example.org")
m.Subject = "Bilan"
Trace(m.Confidentiality, Position(m..Source, "Sensitivity") = 0) // expect: 0, 1
m.Confidentiality = emailCompanyConfidential
EmailBuildSource(m)
Trace(Position(m.Source, "Sensitivity: Company-Confidential") > 0) // expect: 1
r is Email
r.Source = m.Source
EmailImportSource(r)
Trace(r.Confidentiality = emailCompanyConfidential, r.Sensitivity) // expect: 1, 3
m.Sensitivity = 2
EmailBuildSource(m)
Trace(Position(m.Source, "Sensitivity: Private") > 0) // expect: 1
m.Confidentiality = 0
EmailBuildSource(m)
Trace(Position(m.Source, "Sensitivity") = 0) // expect: 1
WHEN EXCEPTION IN
	m.Confidentiality = 7
DO
	Trace(Position(ExceptionInfo(), "7 is no confidentiality") > 0, m.Confidentiality) // expect: 1, 0
END
Email.Confidentiality = emailCompanyConfidential
EmailReset()
Trace(Email.Confidentiality) // expect: 0
