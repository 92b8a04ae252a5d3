// The "suppliers" mailbox's attachments collected (IMAP): each one is saved in the
// day's folder, then a summary goes to accounting, in copy and in blind copy from the
// address lists of the settings (separated by ";").
CONSTANT
	ACCOUNT = "fournisseurs@entreprise.test"
	COPIES = "compta@entreprise.test; direction@entreprise.test ;"
	BLIND_COPIES = "archives@entreprise.test;audit@cabinet.test"
END
sFolder is string = "{dossier}"
arrSaved is array of strings

IF NOT EmailStartIMAPSession(ACCOUNT, "{password}", "127.0.0.1", {port}) THEN
	Trace("Cannot connect: " + ErrorInfo())
	RETURN
END
EmailReadFirst(ACCOUNT)
WHILE NOT Email.Out
	Trace(Email.Sender + ": " + Email.Subject + " (" + Email.NbAttach + " attachment(s))")
	FOR i = 1 _TO_ Email.NbAttach
		sFile is string = sFolder + ["\"] + Email.Attach[i]
		IF EmailSaveAttachment(Email.Attach[i], sFile) THEN
			ArrayAdd(arrSaved, fExtractPath(sFile, fFile + fExtension))
		ELSE
			Trace("  failed: " + ErrorInfo())
		END
	END
	EmailReadNext(ACCOUNT)
END
EmailCloseSession(ACCOUNT)
Trace(arrSaved..Occurrence + " attachment(s) saved: " + ArrayToString(arrSaved, ", "))

IF NOT EmailStartSMTPSession(ACCOUNT, "smtp.entreprise.test") THEN
	Trace("No SMTP: " + ErrorInfo())
	RETURN
END
EmailReset()
Email.Sender = ACCOUNT
Email.Recipient[1] = "comptabilite@entreprise.test"
FOR EACH STRING sAddress OF COPIES SEPARATED BY ";"
	sAddress = NoSpace(sAddress)
	IF sAddress <> "" THEN ArrayAdd(Email.Cc, sAddress)
END
n is int = 1
sBlind is string = ExtractString(BLIND_COPIES, n, ";")
WHILE sBlind <> EOT
	Email.Bcc[n] = NoSpace(sBlind)
	n++
	sBlind = ExtractString(BLIND_COPIES, n, ";")
END
Email.Subject = "Attachments received: " + arrSaved..Occurrence
Email.Message = "Saved in " + sFolder + ":" + CR + ArrayToString(arrSaved, CR)
IF EmailSendMessage(ACCOUNT) THEN
	Trace(StringBuild("Summary sent (%1 in copy, %2 in blind copy)", Email.NbCc, Email.NbBcc))
ELSE
	Trace("Cannot send: " + ErrorInfo())
END
EmailCloseSession(ACCOUNT)
