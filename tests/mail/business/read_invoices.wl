// Reading the unread supplier invoices: PDF attachments saved, the message archived
sFolder is string = "{dossier}"
nbDone is int
MySession is emailIMAPSession
MySession.ServerAddress = "127.0.0.1"
MySession.Port = 143
MySession.Name = "alice@example.test"
MySession.Password = "s3cr3t-Pa55"
IF NOT EmailStartSession(MySession) THEN
	Trace("Cannot connect: " + ErrorInfo(errMessage))
	RETURN
END
Trace("Messages : " + EmailNbMessage(MySession))
MyMail is Email
IF EmailReadFirst(MySession, MyMail, emailUnread) THEN
	WHILE NOT MyMail.Out
		Trace(MyMail.Subject + " de " + MyMail.Sender)
		FOR EACH sAttachment OF MyMail.Attach
			IF Lower(fExtractPath(sAttachment, fExtension)) = ".pdf" _AND_ EmailSaveAttachment(MyMail, sAttachment, sFolder + "/" + sAttachment) THEN
				Trace("  pièce jointe enregistrée : " + sAttachment)
				nbDone++
			END
		END
		IF NOT EmailCopy(MySession, "Traité") THEN Trace(ErrorInfo(errMessage))
		EmailReadNext(MySession, MyMail, emailUnread)
	END
END
EmailCloseSession(MySession)
Trace(nbDone + " facture(s) enregistrée(s)")
