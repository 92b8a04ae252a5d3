// Monthly newsletter: one SMTP session, one message per subscriber,
// each failure kept with its address (nothing may be lost silently)
CONSTANT
	SMTP_SERVER = "smtp.mycompany.com"
	SENDER = "Société Dupont & Fils <news@mycompany.com>"
END

arrSubscribers is array of strings
FOR i = 1 _TO_ {count}
	Add(arrSubscribers, StringBuild("subscriber%1@example.com", i))
END
arrSubscribers[17] = "refused17@example.com"
arrSubscribers[42] = "address without at sign"
arrSubscribers[99] = "full99@example.com"

arrErrors is array of strings
nSent is int = SendNewsletter(arrSubscribers, "December news: 20% off appliances", arrErrors)
Trace(StringBuild("%1 sent of %2, %3 failure(s)", nSent, arrSubscribers.Count, ArrayCount(arrErrors)))
FOR EACH sError OF arrErrors
	Trace(sError)
END

PROCEDURE SendNewsletter(LOCAL arrRecipients is array of strings, sSubject is string, arrErrors is array of strings) : int
	nSent is int
	sSession is string = "news@mycompany.com"
	EmailSetTimeOut(30)
	IF EmailStartSMTPSession(sSession, SMTP_SERVER, 25) = False THEN
		Add(arrErrors, "Cannot connect: " + ErrorInfo(errMessage))
		RESULT 0
	END
	FOR EACH sAddress, nIndex OF arrRecipients
		EmailReset()
		Email.Sender = SENDER
		Email.Recipient[1] = sAddress
		Email.Subject = sSubject
		Email.Message = "Hello," + CR + "Here are this month's offers." + CR + "Subscriber #" + nIndex
		IF EmailSendMessage(sSession) THEN
			nSent++
		ELSE
			Add(arrErrors, sAddress + " -> " + ErrorInfo(errMessage))
		END
	END
	IF NOT EmailCloseSession(sSession) THEN
		Add(arrErrors, "Closing: " + ErrorInfo(errMessage))
	END
	RESULT nSent
