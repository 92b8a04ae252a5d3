// The evening report, a variable number of attachments (MyParameters), through an
// emailSMTPSession variable, with Cc and Bcc, written as in a WINDEV project (method b,
// no page): passes as written
sFolder is string = fTempPath() + fSep() + "wl_report_" + Random(1, 999999999)
fMakeDir(sFolder)
fSaveText(sFolder + fSep() + "sales.csv", "item;quantity" + CR + "tea;3")
fSaveText(sFolder + fSep() + "stock.txt", "evening stock")

MySession is emailSMTPSession
MySession.ServerAddress = "smtp.shop.test"
MySession.Name = "reports@shop.test"
MySession.Port = 25

IF SendReport(MySession, "Report of " + DateToString("20261205", "DD/MM/YYYY"), sFolder + fSep() + "sales.csv", sFolder + fSep() + "stock.txt") THEN
	Trace("report sent") // expect: report sent
END
Trace(SendReport(MySession, "Empty report")) // expect: 0
Trace(SendReport(MySession, "Broken report", sFolder + fSep() + "missing.pdf"), Position(ErrorInfo(errMessage), "missing.pdf' (No such file or directory)") > 0) // expect: 0, 1
fDelete(sFolder + fSep() + "sales.csv")
fDelete(sFolder + fSep() + "stock.txt")
fRemoveDir(sFolder)
// expect mail count: 1
// expect mail: Subject: Report of 05/12/2026
// expect mail: Cc: accounts@shop.test

PROCEDURE SendReport(sess is emailSMTPSession, LOCAL sSubject is string, *)
	IF MyParameters.Count < 3 THEN RESULT False
	m is Email
	m.Sender = sess.Name
	m.Recipient = "management@shop.test"
	Add(m.Cc, "accounts@shop.test")
	Add(m.Bcc, "archive@shop.test")
	m.Subject = sSubject
	m.Message = "Today's files attached (" + (MyParameters.Count - 2) + ")."
	FOR i = 3 _TO_ MyParameters.Count
		IF NOT EmailLoadAttachment(m, MyParameters[i]) THEN RESULT False
	END
	IF NOT EmailStartSession(sess) THEN RESULT False
	bOk is boolean = EmailSendMessage(sess, m)
	EmailCloseSession(sess)
	RESULT bOk
