// Orders that arrived by e-mail, collected over IMAP: only the unread messages whose
// subject starts with "Order" are processed; the header is read first (it marks
// nothing), the whole message then (it marks it read), the others stay unread.
// Written as in a WINDEV project: a procedure with LOCAL parameters returning an array
// of structures, StringStartsWith ignoring case, WHILE NOT Email.Out.
STOrderMail is Structure
	nNumber is int
	sSender is string
	sSubject is string
	nLines is int
END

arrOrders is array of STOrderMail = CollectOrders("orders@shop.test", "{password}", "127.0.0.1", {port})
Trace(ErrorOccurred, ArrayCount(arrOrders))
FOR EACH stO OF arrOrders
	Trace(StringBuild("%1 | %2 | %3 | %4 line(s)", stO.nNumber, stO.sSender, stO.sSubject, stO.nLines))
END

PROCEDURE CollectOrders(LOCAL sAccount is string, LOCAL sPassword is string, LOCAL sServer is string, LOCAL nPort is int = 143)
	arrResult is array of STOrderMail
	IF NOT EmailStartIMAPSession(sAccount, sPassword, sServer, nPort) THEN
		Trace("Cannot connect: " + ErrorInfo(errMessage))
		RESULT arrResult
	END
	Trace("unread at first: " + EmailNbMessage(sAccount, emailUnread))
	arrToRead is array of int
	nNum is int = 0
	EmailReadFirstHeader(sAccount, emailUnread)
	WHILE NOT Email.Out
		nNum = Val(Email.ID)
		IF StringStartsWith(Email.Subject, "Order", IgnoreCase) THEN
			Add(arrToRead, nNum)
		ELSE
			Trace("skipped: " + Email.Subject)
		END
		EmailReadNextHeader(sAccount, emailUnread)
	END
	FOR EACH nUID OF arrToRead
		FOR i = 1 _TO_ EmailNbMessage(sAccount)
			IF EmailReadMessageHeader(sAccount, i) _AND_ Val(Email.ID) = nUID THEN
				EmailReadMessage(sAccount, i)
				stO is STOrderMail
				stO.nNumber = nUID
				stO.sSender = Email.Sender
				stO.sSubject = Email.Subject
				stO.nLines = StringCount(Email.Message, CR) + 1
				Add(arrResult, stO)
				BREAK
			END
		END
	END
	Trace("unread at the end: " + EmailNbMessage(sAccount, emailUnread))
	EmailCloseSession(sAccount)
	RESULT arrResult
