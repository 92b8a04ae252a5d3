// Errors name the member as the script writes it, and an Email variable's member reads
// "the Email variable's Recipient[1]" (it was "the Email variable.Recipient[1]").
msg is Email
msg.Sender = "Accounts <accounts@mycompany.com>"
msg.Recipient[1] = "Martin Ltd <martin@@example>"
Trace(EmailBuildSource(msg)) // expect: 0
Trace(Position(ErrorInfo(), "the Email variable's Recipient[1] 'Martin Ltd <martin@@example>'") > 0) // expect: 1
msg.Recipient[1] = "martin@example.com"
msg.Sender = "accounts without at sign"
Trace(EmailBuildSource(msg), Position(ErrorInfo(), "the Email variable's Sender 'accounts without at sign'") > 0) // expect: 0, 1
Email.Sender = "accounts@mycompany.com"
Email.Recipient[1] = "not an address"
Trace(EmailBuildSource(), Position(ErrorInfo(), "Email.Recipient[1] 'not an address'") > 0) // expect: 0, 1
WHEN EXCEPTION IN
	msg.Sensitivity = 9
DO
	Trace(ExceptionInfo()) // expect: the Email variable's Sensitivity: 9 is no confidentiality: give 0 (normal), 1 (personal), 2 (private) or 3 (emailCompanyConfidential).
END
