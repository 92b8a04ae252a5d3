// Mail merge of the reminders for overdue invoices: an array of structures, a template
// whose {NAME} tags are replaced by Replace, one SMTP session for every message, a report
// of what was sent; written as in a WINDEV project (structure, dates, currency, FOR EACH,
// SWITCH on the delay, LOCAL parameters, CONTINUE)
CONSTANT
	SUBJECT_TEMPLATE = "{LEVEL} reminder: invoice {INVOICE} overdue for {DAYS} days"
	BODY_TEMPLATE = "Dear {NAME},{CR}{CR}Unless we are mistaken, invoice {INVOICE} for {AMOUNT} €, due on {DUE}, is still unpaid.{CR}Please proceed with the payment.{CR}{CR}The accounts department"
END

STReminder is Structure
	sName is string
	sEmail is string
	sInvoice is string
	cyAmount is currency
	dDue is Date
END

arrReminders is array of STReminder
AddReminder(arrReminders, "Mrs Hélène Dûpont", "helene@client.test", "F-2026-101", 1250.5, "20261020")
AddReminder(arrReminders, "Mr Paul Martin", "paul@client.test", "F-2026-117", 89.9, "20261125")
AddReminder(arrReminders, "Électricité Générale Ltd", "compta@elec.test", "F-2026-120", 4300, "20261201")
AddReminder(arrReminders, "Customer without address", "not-an-address", "F-2026-121", 10, "20261101")
AddReminder(arrReminders, "Customer up to date", "uptodate@client.test", "F-2026-130", 50, "20261231")

dReference is Date = "20261205"
nSent is int = SendReminders(arrReminders, dReference)
Trace(StringBuild("%1 reminder(s) sent out of %2", nSent, ArrayCount(arrReminders)))

PROCEDURE AddReminder(arr is array of STReminder, LOCAL sName, LOCAL sEmail, LOCAL sInvoice, LOCAL cyAmount is currency, LOCAL sDue)
	st is STReminder
	st.sName = sName
	st.sEmail = sEmail
	st.sInvoice = sInvoice
	st.cyAmount = cyAmount
	st.dDue = sDue
	Add(arr, st)

PROCEDURE SendReminders(arrReminders is array of STReminder, LOCAL dToday is Date) : int
	IF NOT EmailStartSMTPSession("accounts@shop.test", "smtp.shop.test") THEN
		Trace("No session: " + ErrorInfo(errMessage))
		RESULT 0
	END
	nNb is int
	FOR EACH stR OF arrReminders
		nDays is int = DateDifference(stR.dDue, dToday)
		IF nDays <= 0 THEN CONTINUE
		sLevel is string
		SWITCH nDays
			CASE 1 TO 15 : sLevel = "Friendly"
			CASE 16 TO 45 : sLevel = "Firm"
			OTHER CASE : sLevel = "Last"
		END
		EmailReset()
		Email.Sender = "Accounts <accounts@shop.test>"
		Email.Recipient[1] = stR.sEmail
		Email.Subject = Merge(SUBJECT_TEMPLATE, stR, nDays, sLevel)
		Email.Message = Merge(BODY_TEMPLATE, stR, nDays, sLevel)
		IF EmailSendMessage("accounts@shop.test") THEN
			nNb++
		ELSE
			Trace(stR.sInvoice + " not sent: " + ErrorInfo(errMessage))
		END
	END
	EmailCloseSession("accounts@shop.test")
	RESULT nNb

PROCEDURE Merge(LOCAL sTemplate is string, stR is STReminder, LOCAL nDays is int, LOCAL sLevel is string)
	sTemplate = Replace(sTemplate, "{NAME}", stR.sName)
	sTemplate = Replace(sTemplate, "{INVOICE}", stR.sInvoice)
	sTemplate = Replace(sTemplate, "{AMOUNT}", NumToString(stR.cyAmount, ".2f"))
	sTemplate = Replace(sTemplate, "{DUE}", DateToString(stR.dDue, "DD/MM/YYYY"))
	sTemplate = Replace(sTemplate, "{DAYS}", nDays)
	sTemplate = Replace(sTemplate, "{LEVEL}", sLevel)
	RESULT Replace(sTemplate, "{CR}", CR)
