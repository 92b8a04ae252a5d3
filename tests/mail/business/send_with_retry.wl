// Sending invoices with retries: a temporary refusal from the server (a 4xx code: full
// mailbox, greylisting, busy server) is tried again after a wait that doubles each
// time; a permanent refusal (5xx) is not.
CONSTANT
	SMTP_SERVER		= "smtp.mycompany.com"
	SENDER			= "invoices@mycompany.com"
	MAX_ATTEMPTS	= 4
END

garrLog is array of strings

IF NOT EmailStartSMTPSession(SENDER, SMTP_SERVER) THEN
	Trace("Cannot connect: " + ErrorInfo(errMessage))
	RETURN
END
nSent, nFailed are int
arrCustomers is array of strings = ["durand@client.fr", "martin@client.fr"]
FOR i = 1 _TO_ arrCustomers..Occurrence
	mail is Email
	mail.Sender = SENDER
	mail.Recipient[1] = arrCustomers[i]
	mail.Subject = StringBuild("Invoice #%1", 1023 + i)
	mail.Message = "Hello," + CR + "Please find your invoice." + CR
	IF SendWithRetry(mail) THEN
		nSent++
	ELSE
		nFailed++
	END
END
EmailCloseSession(SENDER)
FOR EACH sLine OF garrLog
	Trace(sLine)
END
Trace(StringBuild("%1 sent, %2 failed", nSent, nFailed))

// True when the SMTP code quoted in the error message is a temporary refusal (4xx)
PROCEDURE IsTemporary(LOCAL sError is string) : boolean
arrCodes is array of strings
IF MatchRegularExpression(sError, ".*[^0-9]([45][0-9][0-9]) [245]\.[0-9].*", arrCodes) THEN
	RESULT Left(arrCodes[1], 1) = "4"
END
RESULT False

PROCEDURE SendWithRetry(mail is Email, LOCAL nDelay is int = 5) : boolean
FOR nAttempt = 1 _TO_ MAX_ATTEMPTS
	IF EmailSendMessage(SENDER, mail) THEN
		ArrayAdd(garrLog, mail.Recipient[1] + ": sent (attempt " + nAttempt + ")")
		RESULT True
	END
	IF NOT IsTemporary(mail.Error) THEN
		ArrayAdd(garrLog, mail.Recipient[1] + ": refused for good")
		RESULT False
	END
	IF nAttempt < MAX_ATTEMPTS THEN
		ArrayAdd(garrLog, mail.Recipient[1] + ": refused for now, next attempt in " + nDelay + " cs")
		Delay(nDelay)
		nDelay = nDelay * 2
	END
END
ArrayAdd(garrLog, mail.Recipient[1] + ": given up after " + MAX_ATTEMPTS + " attempts")
RESULT False
