// Bounce processing of the "bounces" box over POP3: each non-delivery report
// (multipart/report, RFC 3464) is read, the addresses that failed for good
// (Action: failed, Status 5.x.x) are marked in the contacts file, the delayed
// ones (4.x.x) only counted. Reports handled are deleted, other messages left.
CONSTANT
	MAILBOX		= "retours@monentreprise.fr"
	SEP			= ";"
END

sContactsFile is string = "{contacts}"
arrBounced is associative array (ccIgnoreCase) of strings	// address -> status
nDelayed, nReports, nOthers are int

IF NOT EmailStartPOP3Session(MAILBOX, "{motdepasse}", "127.0.0.1", {port}) THEN
	Trace("Cannot connect: " + ErrorInfo(errMessage))
	RETURN
END
EmailReadFirst(MAILBOX)
WHILE NOT Email.Out
	IF IsDeliveryReport(Email.Source) THEN
		nReports++
		ReadReport(Email.Source)
		IF NOT EmailDeleteMessage(MAILBOX) THEN Trace("Cannot delete: " + ErrorInfo())
	ELSE
		nOthers++
	END
	EmailReadNext(MAILBOX)
END
EmailCloseSession(MAILBOX)

nMarked is int = MarkContacts(sContactsFile)
Trace(StringBuild("%1 report(s) read, %2 address(es) failed for good, %3 delayed, %4 other message(s)", ...
	nReports, arrBounced..Occurrence, nDelayed, nOthers))
Trace(nMarked + " contact(s) marked as bouncing")

// A non-delivery report: a multipart/report of the delivery-status type
PROCEDURE IsDeliveryReport(LOCAL sSource is string) : boolean
sHeader is string = Left(sSource, Position(sSource, CR + CR))
RESULT Position(sHeader, "multipart/report", 1, IgnoreCase) > 0 AND ...
	Position(sHeader, "delivery-status", 1, IgnoreCase) > 0

// Reads the per-recipient blocks: Final-Recipient, Action, Status
PROCEDURE ReadReport(LOCAL sSource is string)
sAddress, sAction is string
FOR EACH STRING sLine OF sSource SEPARATED BY CR
	sName is string = NoSpace(ExtractString(sLine, 1, ":"))
	sValue is string = NoSpace(Middle(sLine, Position(sLine, ":") + 1))
	SWITCH Lower(sName)
		CASE "final-recipient"
			// "rfc822; address"
			sAddress = NoSpace(ExtractString(sValue, 2, ";"))
			sAction = ""
		CASE "action"
			sAction = Lower(sValue)
		CASE "status"
			IF sAddress = "" THEN CONTINUE
			IF sAction = "failed" AND sValue [= "5." THEN
				arrBounced[sAddress] = sValue
			ELSE IF sValue [= "4." THEN
				nDelayed++
			END
			sAddress = ""
	END
END

// Rewrites the contacts file (email;name;bouncing) marking the failed addresses
PROCEDURE MarkContacts(LOCAL sFile is string) : int
sContent is string = fLoadText(sFile)
IF ErrorOccurred THEN
	Trace("Cannot read the contacts: " + ErrorInfo(errMessage))
	RESULT 0
END
sNew is string
nMarked is int
FOR EACH STRING sLine OF sContent SEPARATED BY CR
	IF sLine = "" THEN CONTINUE
	sEmail is string = ExtractString(sLine, 1, SEP)
	IF arrBounced[sEmail]..Exist AND ExtractString(sLine, 3, SEP) <> "1" THEN
		sLine = sEmail + SEP + ExtractString(sLine, 2, SEP) + SEP + "1"
		nMarked++
	END
	sNew += sLine + CR
END
fSaveText(sFile, sNew)
RESULT nMarked
