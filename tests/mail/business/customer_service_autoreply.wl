// Automatic acknowledgement of customer-service requests: each message of the POP3 mailbox
// gets a numbered "Re:" answer (to its reply address when it has one), then is deleted;
// a message without a usable sender is kept and reported. Written as in a WINDEV project:
// POP3 and SMTP sessions under the same name, the EmailReadFirst / WHILE NOT Email.Out
// loop, an Email variable for the answer, StringBuild, CONSTANT.
CONSTANT
	ACCOUNT = "support@shop.test"
	TICKET_PREFIX = "CS-"
END

nHandled is int = AnswerRequests("{password}", "127.0.0.1", {pop3}, "smtp.shop.test")
Trace(nHandled + " request(s) handled")

PROCEDURE AnswerRequests(LOCAL sPassword is string, LOCAL sPOP3Server is string, LOCAL nPOP3Port is int, LOCAL sSMTPServer is string) : int
	IF NOT EmailStartPOP3Session(ACCOUNT, sPassword, sPOP3Server, nPOP3Port) THEN
		Trace("POP3: " + ErrorInfo(errMessage))
		RESULT 0
	END
	IF NOT EmailStartSMTPSession(ACCOUNT, sSMTPServer) THEN
		Trace("SMTP: " + ErrorInfo(errMessage))
		EmailCloseSession(ACCOUNT)
		RESULT 0
	END
	nNb, nTicket are int
	EmailReadFirst(ACCOUNT)
	WHILE NOT Email.Out
		sAddress is string = Email.SenderAddress
		IF sAddress = "" THEN sAddress = Email.Sender
		IF Position(sAddress, "@") = 0 THEN
			Trace("kept, no address: " + Email.Subject)
		ELSE
			nTicket++
			Answer is Email
			Answer..Sender = "Customer service <" + ACCOUNT + ">"
			Answer..Recipient[1] = sAddress
			Answer..Subject = "Re: " + Email.Subject
			Answer..Message = StringBuild("Hello,%1%1Your request “%2” was received under number %3.%1We will answer within 48 hours.", CR, Email.Subject, TICKET_PREFIX + NumToString(nTicket, "04d"))
			IF EmailSendMessage(ACCOUNT, Answer) THEN
				EmailDeleteMessage(ACCOUNT)
				nNb++
			ELSE
				Trace("answer not sent: " + ErrorInfo(errMessage))
			END
		END
		EmailReadNext(ACCOUNT)
	END
	EmailCloseSession(ACCOUNT)
	RESULT nNb
