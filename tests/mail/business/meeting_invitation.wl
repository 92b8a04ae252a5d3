// Meeting invitation: the .ics file is built in memory and attached to the mail (no
// temporary file). Outlook, Thunderbird and Gmail show it as an invitation when its
// type is text/calendar; method=REQUEST.
CONSTANT
	SMTP_SERVER = "smtp.mycompany.com"
	ORGANIZER   = "planning@mycompany.com"
END

STMeeting is Structure
	sSubject	is string
	sPlace		is string
	dtStart		is DateTime
	duLength	is Duration
	arrGuests	is array of strings
END

stM is STMeeting
stM.sSubject = "Q1 budget review; decisions"
stM.sPlace = "Emerald room, 3rd floor"
stM.dtStart = "20270115093000"
stM.duLength = 1 h 30 min
ArrayAdd(stM.arrGuests, "claire.martin@mycompany.com")
ArrayAdd(stM.arrGuests, "jerome.petit@mycompany.com")

gsLastError is string
IF SendInvitation(stM) THEN
	Trace("Invitation sent to " + stM.arrGuests..Occurrence + " people")
ELSE
	Trace("FAILED: " + gsLastError)
END

// Escapes a text for an iCalendar value (RFC 5545, 3.3.11)
PROCEDURE ICSText(LOCAL sText is string) : string
sText = Replace(sText, "\", "\\")
sText = Replace(sText, ";", "\;")
sText = Replace(sText, ",", "\,")
RESULT Replace(sText, CR, "\n")

// Date and time as iCalendar writes them: 20270115T093000
PROCEDURE ICSDateTime(dt is DateTime) : string
RESULT DateToString(dt..DatePart, "YYYYMMDD") + "T" + TimeToString(dt..TimePart, "HHMMSS")

PROCEDURE BuildICS(stM is STMeeting, sUID is string) : Buffer
dtEnd is DateTime = stM.dtStart
dtEnd += stM.duLength
sICS is string = "BEGIN:VCALENDAR" + CR + "VERSION:2.0" + CR + ...
	"PRODID:-//MyCompany//Planning//EN" + CR + "METHOD:REQUEST" + CR + "BEGIN:VEVENT" + CR
sICS += "UID:" + sUID + CR
sICS += "DTSTAMP:" + ICSDateTime(SysDateTime()) + CR
sICS += "DTSTART:" + ICSDateTime(stM.dtStart) + CR
sICS += "DTEND:" + ICSDateTime(dtEnd) + CR
sICS += "SUMMARY:" + ICSText(stM.sSubject) + CR
sICS += "LOCATION:" + ICSText(stM.sPlace) + CR
sICS += "ORGANIZER:mailto:" + ORGANIZER + CR
FOR EACH sGuest OF stM.arrGuests
	sICS += "ATTENDEE;RSVP=TRUE:mailto:" + sGuest + CR
END
sICS += "END:VEVENT" + CR + "END:VCALENDAR" + CR
RESULT StringToUTF8(sICS)

PROCEDURE SendInvitation(stM is STMeeting) : boolean
IF NOT EmailStartSMTPSession(ORGANIZER, SMTP_SERVER) THEN
	gsLastError = ErrorInfo(errMessage)
	RESULT False
END
mail is Email
mail.Sender = "Planning <" + ORGANIZER + ">"
FOR i = 1 _TO_ stM.arrGuests..Occurrence
	mail.Recipient[i] = stM.arrGuests[i]
END
mail.Subject = "Invitation: " + stM.sSubject
mail.Message = "You are invited to """ + stM.sSubject + """ on " + ...
	DateToString(stM.dtStart..DatePart, "MM/DD/YYYY") + " at " + ...
	TimeToString(stM.dtStart..TimePart, "HH:MM") + " (" + stM.sPlace + ")."
att is emailAttach
att.Name = "invitation.ics"
att.Content = BuildICS(stM, GetGUID(guidRaw) + "@mycompany.com")
att.ContentType = "text/calendar; method=REQUEST; charset=UTF-8"
Add(mail.Attach, att)
bOK is boolean = EmailSendMessage(ORGANIZER, mail)
IF NOT bOK THEN gsLastError = mail.Error
EmailCloseSession(ORGANIZER)
RESULT bOK
