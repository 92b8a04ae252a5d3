// Sending an invoice to a customer, as a WINDEV project writes it
CONSTANT
	SMTP_SERVER = "smtp.mycompany.com"
	SMTP_PORT = 587
END

Trace(SendInvoice("john.smith@example.com", "{pdf}", 42, 1234.50))
Trace(SendInvoice("john.smith@example.com", "{absent}", 43))

PROCEDURE SendInvoice(LOCAL sRecipient is string, LOCAL sPDFFile is string, LOCAL nInvoiceNum is int, LOCAL mAmount is currency = 0) : boolean
	MySession is emailSMTPSession
	MySession.ServerAddress = SMTP_SERVER
	MySession.Port = SMTP_PORT
	MySession.Name = "accounts@mycompany.com"
	MySession.Password = "{password}"
	MySession.Option = emailOptionSecuredTLS

	IF NOT EmailStartSession(MySession) THEN
		Trace("Cannot open the session: " + ErrorInfo(errMessage))
		RESULT False
	END

	MyMessage is Email
	MyMessage.Sender = "Accounts Département <accounts@mycompany.com>"
	Add(MyMessage.Recipient, sRecipient)
	MyMessage.Subject = StringBuild("Your invoice #%1 - Société Générale d'Électricité", nInvoiceNum)
	MyMessage.Message = StringBuild("Hello,%1Please find attached invoice #%2 for %3 €.%1Accounts", CR, nInvoiceNum, mAmount)
	IF NOT EmailLoadAttachment(MyMessage, sPDFFile) THEN
		Trace("Attachment not found")
		EmailCloseSession(MySession)
		RESULT False
	END

	bOK is boolean = EmailSendMessage(MySession, MyMessage)
	IF NOT bOK THEN
		Trace("Sending failed: " + ErrorInfo(errMessage))
	ELSE
		Trace("Invoice " + nInvoiceNum + " sent to " + sRecipient)
	END
	EmailCloseSession(MySession)
	RESULT bOK
