// Out-of-office reply: each unread message of the IMAP mailbox gets an "Away until ..."
// answer, once per sender, except automatic messages (Auto-Submitted, mailing lists,
// noreply, MAILER-DAEMON), which are never answered (RFC 3834). Reading a message marks
// it read.
CONSTANT
	ACCOUNT = "jerome.petit@mycompany.com"
	SMTP_SERVER = "smtp.mycompany.com"
END

dBack is Date = "20270104"
nAnswered is int = AnswerWhileAway("{password}", "127.0.0.1", {port}, dBack)
Trace(nAnswered + " answer(s) sent")

// True if the message was sent by a program: no answer (RFC 3834, 2)
PROCEDURE IsAutomatic(sSource is string, sAddress is string) : boolean
sHeader is string = Left(sSource, Position(sSource, CR + CR))
IF Position(sHeader, CR + "Auto-Submitted:", 1, IgnoreCase) > 0 AND Position(sHeader, "Auto-Submitted: no", 1, IgnoreCase) = 0 THEN RESULT True
IF Position(sHeader, CR + "List-Id:", 1, IgnoreCase) > 0 THEN RESULT True
IF Position(sHeader, CR + "Precedence: bulk", 1, IgnoreCase) > 0 THEN RESULT True
sLocal is string = Lower(ExtractString(sAddress, 1, "@"))
RESULT sLocal IN ("noreply", "no-reply", "mailer-daemon", "postmaster")

// The address alone of a "Name <address>" sender
PROCEDURE AddressOnly(sSender is string) : string
IF Position(sSender, "<") = 0 THEN RESULT NoSpace(sSender)
RESULT ExtractString(ExtractString(sSender, 2, "<"), 1, ">")

PROCEDURE AnswerWhileAway(LOCAL sPassword is string, LOCAL sIMAPServer is string, LOCAL nPort is int, LOCAL dBack is Date) : int
IF NOT EmailStartIMAPSession(ACCOUNT, sPassword, sIMAPServer, nPort) THEN
	Trace("IMAP: " + ErrorInfo(errMessage))
	RESULT 0
END
IF NOT EmailStartSMTPSession(ACCOUNT, SMTP_SERVER) THEN
	Trace("SMTP: " + ErrorInfo(errMessage))
	EmailCloseSession(ACCOUNT)
	RESULT 0
END
aaAnswered is associative array (ccIgnoreCase) of boolean
nNb is int
EmailReadFirst(ACCOUNT, emailUnread)
WHILE NOT Email.Out
	sAddress is string = AddressOnly(Email.Sender)
	IF IsAutomatic(Email.Source, sAddress) THEN
		Trace("skipped (automatic): " + Email.Subject)
	ELSE IF aaAnswered[sAddress]..Exist THEN
		Trace("already answered: " + sAddress)
	ELSE
		answer is Email
		answer.Sender = ACCOUNT
		answer.Recipient[1] = sAddress
		IF NOT StringStartsWith(Email.Subject, "Re:", IgnoreCase) THEN
			answer.Subject = "Re: " + Email.Subject
		ELSE
			answer.Subject = Email.Subject
		END
		answer.Message = "Hello," + CR + "I am away until " + DateToString(dBack, "MM/DD/YYYY") + ...
			" and will read your message when I am back." + CR + "Jerome Petit"
		IF EmailSendMessage(ACCOUNT, answer) THEN
			aaAnswered[sAddress] = True
			nNb++
			Trace("answered: " + sAddress)
		ELSE
			Trace("FAILED: " + answer.Error)
		END
	END
	EmailReadNext(ACCOUNT, emailUnread)
END
EmailCloseSession(ACCOUNT)
RESULT nNb
