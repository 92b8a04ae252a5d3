// Daily digest: the day's events (orders, returns, tickets) are grouped per recipient
// and each one gets a single mail, text and HTML, sorted by time.
CONSTANT
	SMTP_SERVER = "smtp.mycompany.com"
	SENDER = "Daily digest <noreply@mycompany.com>"
END

STEvent is Structure
	sRecipient	is string
	dtWhen		is DateTime
	sKind		is string
	sText		is string
END

arrEvents is array of STEvent
LoadEvents(arrEvents)

// grouped per recipient (the address's case does not count)
aaByRecipient is associative array (ccIgnoreCase) of array of STEvent
FOR EACH stE OF arrEvents
	ArrayAdd(aaByRecipient[stE.sRecipient], stE)
END

IF NOT EmailStartSMTPSession("noreply", SMTP_SERVER) THEN
	Trace("Cannot connect: " + ErrorInfo(errMessage))
	RETURN
END
FOR EACH arrTheirs, sTo OF aaByRecipient
	ArraySort(arrTheirs, asMember, "dtWhen")
	IF SendDigest(sTo, arrTheirs) THEN
		Trace(sTo + ": " + arrTheirs..Occurrence + " event(s)")
	ELSE
		Trace(sTo + ": FAILED " + ErrorInfo(errMessage))
	END
END
EmailCloseSession("noreply")

PROCEDURE LoadEvents(arrEvents is array of STEvent)
AddEvent(arrEvents, "claire@mycompany.com", "20261205143000", "ORDER", "Order #5512 — 3 items")
AddEvent(arrEvents, "jerome@mycompany.com", "20261205091500", "TICKET", "Ticket #88: printer <down> & stuck")
AddEvent(arrEvents, "Claire@MyCompany.com", "20261205083000", "RETURN", "Parcel 77 returned (broken)")
AddEvent(arrEvents, "claire@mycompany.com", "20261205171000", "TICKET", "Ticket #90: VPN access")

PROCEDURE AddEvent(arrEvents is array of STEvent, sTo, sWhen, sKind, sText)
stE is STEvent
stE.sRecipient = sTo
stE.dtWhen = sWhen
stE.sKind = sKind
stE.sText = sText
ArrayAdd(arrEvents, stE)

PROCEDURE KindLabel(sKind is string) : string
SWITCH sKind
	CASE "ORDER" : RESULT "Order"
	CASE "RETURN" : RESULT "Return"
	CASE "TICKET" : RESULT "Support"
	OTHER CASE : RESULT sKind
END

PROCEDURE SendDigest(sTo is string, arrTheirs is array of STEvent) : boolean
mail is Email
mail.Sender = SENDER
mail.Recipient[1] = sTo
mail.Subject = StringBuild("Digest of %1: %2 event(s)", DateToString(arrTheirs[1].dtWhen..DatePart, "MM/DD/YYYY"), arrTheirs..Occurrence)
sText is string
sHTML is string = "<html><body><table><tr><th>Time</th><th>Kind</th><th>Detail</th></tr>"
FOR EACH stE OF arrTheirs
	sTime is string = TimeToString(stE.dtWhen..TimePart, "HH:MM")
	sText += sTime + TAB + KindLabel(stE.sKind) + TAB + stE.sText + CR
	sHTML += "<tr><td>" + sTime + "</td><td>" + KindLabel(stE.sKind) + "</td><td>" + ...
		TextToHTML(stE.sText) + "</td></tr>"
END
sHTML += "</table></body></html>"
mail.Message = sText
mail.HTML = sHTML
RESULT EmailSendMessage("noreply", mail)
