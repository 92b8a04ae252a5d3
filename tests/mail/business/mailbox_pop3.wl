// Collecting the "orders" mailbox over POP3: each attachment saved into today's folder, the
// message deleted from the server once handled (old-style code, the Email structure)
CONSTANT
	MAILBOX = "commandes@monentreprise.fr"
END
sFolder is string = "{dossier}"
nHandled, nFiles are int

IF NOT EmailStartPOP3Session(MAILBOX, "{motdepasse}", "127.0.0.1", {port}) THEN
	Error("Cannot collect", ErrorInfo())
	RETURN
END
Trace(EmailNbMessage(MAILBOX) + " message(s) waiting")
EmailReadFirst(MAILBOX)
WHILE NOT Email.Out
	Trace(Email.Sender + ": " + Email.Subject)
	FOR i = 1 _TO_ Email.NbAttach
		IF EmailSaveAttachment(Email.Attach[i], sFolder + ["\"] + Email.Attach[i]) THEN
			nFiles++
		ELSE
			Trace("  attachment " + i + " not saved: " + ErrorInfo(errMessage))
		END
	END
	IF EmailDeleteMessage(MAILBOX) THEN nHandled++
	EmailReadNext(MAILBOX)
END
IF NOT EmailCloseSession(MAILBOX) THEN Trace("Closing: " + ErrorInfo())
Trace(StringBuild("%1 message(s) handled, %2 attachment(s) saved", nHandled, nFiles))
