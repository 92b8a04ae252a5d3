// EmailStartSMTPSession ?3032025: its two examples as the page writes them, each session
// going to the capture server whatever host it names (smtp.orange.fr, smtp.gmail.com on
// 587 with STARTTLS). The page leaves out what they use: sUserName, sPassword, sSMTPServer
// (declared here; the first example's "let sSMTPServers" is the page's own, unused) and the
// procedure Initialize_Email (ours, at the end). The page states no output: the mail
// captured is the proof, and a failure would reach Error (stderr) instead.
sUserName is string = "ann@example.org"
sPassword is string = "Password"
sSMTPServer is string = "smtp.orange.fr"

// Send an email via a non-secure SMTP server
EmailSetTimeOut(10) //10 seconds for the timeout
// Caution: you must use the SMTP server of the Internet provider
let sSMTPServers = "smtp.orange.fr"
IF EmailStartSMTPSession(sUserName, sPassword, sSMTPServer) = True THEN
	// Procedure used to initialize the email structure
	Initialize_Email()
	// Sends the email
	IF EmailSendMessage(sUserName) = False THEN
		Error()
	END
	EmailCloseSession(sUserName)
ELSE
	Error("Unable to establish connection", ErrorInfo(), ...
		"In case of timeout, check the parameters of " + ...
		"""Firewall"" on the port used (25)")
END
Trace(ErrorOccurred, sSMTPServers) // expect: 0, smtp.orange.fr

UserName is string

UserName = "myaddress@gmail.com"
// Send an email via the secure SMTP protocol
EmailSetTimeOut(10) //10 seconds for the timeout
// Use a secure SMTP server with authentication
// Required to use a SMTP 
// that differs from the one of the ISP
IF EmailStartSMTPSession(UserName, "Password", ...
			"smtp.gmail.com", 587, False, emailOptionSecuredTLS) = True THEN
	// Procedure used to initialize the email structure
	Initialize_Email()
	// Sends the email
	IF EmailSendMessage(UserName) = False THEN
		Error()
	END
	EmailCloseSession(UserName)
ELSE
	Error("Unable to establish connection", ErrorInfo(), ...
		"In case of timeout, check the parameters of the "+ ...
		"""Firewall"" on the port used (587)")
END
Trace(ErrorOccurred, EmailGetTimeOut()) // expect: 0, 10
// The syntax section's other values: <Option> OptionSSL (implicit TLS, "used by the Orange,
// Free and Gmail servers") and <Asynchronous mode> emailAsynchronous (or True): the send
// is queued, EmailCloseSession waits for it
IF EmailStartSMTPSession("carol@example.org", "Password", "smtp.free.fr", 465, emailAsynchronous, OptionSSL) THEN
	Initialize_Email()
	Trace(EmailSendMessage("carol@example.org"), EmailCloseSession("carol@example.org")) // expect: 1, 1
	Trace(EmailStatus(Email.MailIdentifier) = emailSent) // expect: 1
END
// expect mail count: 3
// expect mail: To: bob@example.org
// expect mail: Subject: Initialized by Initialize_Email

PROCEDURE Initialize_Email()
Email.Sender = "ann@example.org"
Email.Recipient[1] = "bob@example.org"
Email.Subject = "Initialized by Initialize_Email"
Email.Message = "Sent as the help page sends it"
