// Example 2 of the EmailStartSMTPSession help page, verbatim.
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
