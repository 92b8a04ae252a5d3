// Non-delivery reports (NDR) of the dunning mailbox: for each report, the failed address
// is read from the report (Final-Recipient / Status). Permanent failure (5.x.x): the
// customer is marked "invalid e-mail"; temporary (4.x.x): tried again tomorrow. The
// reports handled are moved to "Retours traités".
CONSTANT
	DONE_FOLDER = "Retours traités"
END

garrInvalid is associative array of strings	// address -> reason
garrRetry is array of strings
nReports, nOthers are int

IF NOT EmailStartIMAPSession("relances@monentreprise.fr", "{password}", "127.0.0.1", {port}) THEN
	Trace("No IMAP connection: " + ErrorInfo(errMessage))
	RETURN
END
EmailReadFirst("relances@monentreprise.fr")
WHILE NOT Email.Out
	IF IsNonDeliveryReport() THEN
		nReports++
		HandleReport(Email.Source)
		IF NOT EmailCopy("relances@monentreprise.fr", DONE_FOLDER) THEN
			Trace("Cannot move it: " + ErrorInfo(errMessage))
		ELSE
			EmailDeleteMessage("relances@monentreprise.fr")
		END
	ELSE
		nOthers++
	END
	EmailReadNext("relances@monentreprise.fr")
END
EmailCloseSession("relances@monentreprise.fr")

Trace(nReports + " report(s) handled, " + nOthers + " other message(s) left")
FOR EACH sReason, sAddress OF garrInvalid
	Trace("invalid: " + sAddress + " (" + sReason + ")")
END
FOR EACH sAddress OF garrRetry
	Trace("retry: " + sAddress)
END

PROCEDURE IsNonDeliveryReport() : boolean
sFrom is string = Lower(Email.Sender)
RESULT Position(sFrom, "mailer-daemon") > 0 OR Position(sFrom, "postmaster") > 0 OR ...
	Position(Email.Source, "multipart/report", 1, IgnoreCase) > 0

PROCEDURE HandleReport(LOCAL sSource is string)
sSource = Replace(sSource, CR, Charact(10))
FOR EACH STRING sLine OF sSource SEPARATED BY Charact(10)
	IF sLine [= "Final-Recipient:" THEN
		sAddress is string = Lower(NoSpace(ExtractString(sLine, 2, ";")))
	ELSE IF sLine [= "Status:" THEN
		sStatus is string = NoSpace(ExtractString(sLine, 2, ":"))
		SWITCH Left(sStatus, 1)
			CASE "5" : garrInvalid[sAddress] = sStatus
			CASE "4" : ArrayAdd(garrRetry, sAddress)
		END
	END
END
