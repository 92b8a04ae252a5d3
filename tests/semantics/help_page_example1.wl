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
