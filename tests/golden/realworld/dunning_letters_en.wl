// Dunning: overdue invoices read from a data file described in code, grouped by
// customer, one reminder e-mail built per customer (not sent), a level per delay.
fdInv is File Description
itm is Item Description
fdInv..Name = "Invoice"
itm..Name = "InvoiceID" ; itm..Type = hItemAutoID ; itm..KeyType = hUniqueKey
HDescribeItem(fdInv, itm)
itm..Name = "Customer" ; itm..Type = hItemText ; itm..Size = 40 ; itm..KeyType = hDuplicatesKey
HDescribeItem(fdInv, itm)
itm..Name = "Email" ; itm..Type = hItemText ; itm..Size = 80 ; itm..KeyType = hNotAKey
HDescribeItem(fdInv, itm)
itm..Name = "DueDate" ; itm..Type = hItemDate ; itm..KeyType = hDuplicatesKey
HDescribeItem(fdInv, itm)
itm..Name = "Amount" ; itm..Type = hItemCurrency ; itm..KeyType = hNotAKey
HDescribeItem(fdInv, itm)
itm..Name = "Paid" ; itm..Type = hItemBoolean ; itm..KeyType = hNotAKey
HDescribeItem(fdInv, itm)
HDescribeFile(fdInv)
HCreation(Invoice)

CONSTANT
	LEVEL_GENTLE = 1
	LEVEL_FIRM = 2
	LEVEL_FINAL = 3
END

dToday is Date = "20251215"
sData is string = [
	Acme Corp;billing@acme.test;20251201;1200.00;0
	Acme Corp;billing@acme.test;20251020;300.50;0
	Bolt Ltd;ap@bolt.test;20251110;99.99;0
	Bolt Ltd;ap@bolt.test;20251105;450.00;1
	Cog & Co;accounts@cog.test;20260110;75.00;0
]
FOR EACH STRING sLine OF sData SEPARATED BY CR
	IF NoSpace(sLine) = "" THEN CONTINUE
	HReset(Invoice)
	Invoice.Customer = ExtractString(sLine, 1, ";")
	Invoice.Email = ExtractString(sLine, 2, ";")
	Invoice.DueDate = ExtractString(sLine, 3, ";")
	Invoice.Amount = Val(ExtractString(sLine, 4, ";"))
	Invoice.Paid = (ExtractString(sLine, 5, ";") = "1")
	HAdd(Invoice)
END
Trace(HNbRec(Invoice) + " invoices")
// expect: 5 invoices

CReminder is Class
	PUBLIC
	m_sCustomer is string
	m_sEmail is string
	m_moTotal is currency
	m_nMaxDays is int
	m_arrLines is array of strings
	GLOBAL PRIVATE
	s_nCount is int
END

aaReminders is associative array of CReminder dynamic
HFilter(Invoice, "Paid = 0")
HReadFirst(Invoice, Customer)
WHILE NOT HOut(Invoice)
	nLate is int = DateDifference(Invoice.DueDate, dToday)
	IF nLate > 0 THEN
		IF NOT aaReminders[Invoice.Customer]..Exist THEN
			aaReminders[Invoice.Customer] = new CReminder(Invoice.Customer, Invoice.Email)
		END
		aaReminders[Invoice.Customer]:AddLine(Invoice.InvoiceID, Invoice.DueDate, Invoice.Amount, nLate)
	END
	HReadNext(Invoice, Customer)
END
HDeactivateFilter(Invoice)
Trace(CReminder::Count() + " reminders")
// expect: 2 reminders

FOR EACH r OF aaReminders
	m is Email
	m.Sender = "credit@ourfirm.test"
	Add(m.Recipient, r:m_sEmail)
	m.Subject = r:Subject()
	m.Message = r:Body()
	Trace(m.Subject)
	Trace(Replace(m.Message, CR, " | "))
END
// expect: [Reminder 3] Acme Corp: 1 500.50 overdue
// expect: Dear Acme Corp, | #1 due 01/12/2025 (14 days): 1 200.00 | #2 due 20/10/2025 (56 days): 300.50 | Total: 1 500.50
// expect: [Reminder 2] Bolt Ltd: 99.99 overdue
// expect: Dear Bolt Ltd, | #3 due 10/11/2025 (35 days): 99.99 | Total: 99.99

PROCEDURE CReminder::Constructor(sCustomer is string, sEmail is string)
	:m_sCustomer = sCustomer
	:m_sEmail = sEmail
	CReminder::s_nCount++

PROCEDURE GLOBAL CReminder::Count() : int
	RESULT CReminder::s_nCount

PROCEDURE CReminder::AddLine(nID is int, dDue is Date, moAmount is currency, nDays is int)
	:m_moTotal += moAmount
	:m_nMaxDays = Max(:m_nMaxDays, nDays)
	ArrayAdd(:m_arrLines, StringBuild("#%1 due %2 (%3 days): %4", nID, DateToString(dDue, "DD/MM/YYYY"), nDays, Money(moAmount)))
	ArraySort(:m_arrLines, asAscending)

PROCEDURE CReminder::Level() : int
	SWITCH :m_nMaxDays
		CASE <= 30 : RESULT LEVEL_GENTLE
		CASE 31 TO 45 : RESULT LEVEL_FIRM
		OTHER CASE : RESULT LEVEL_FINAL
	END

PROCEDURE CReminder::Subject() : string
	RESULT "[Reminder " + :Level() + "] " + :m_sCustomer + ": " + Money(:m_moTotal) + " overdue"

PROCEDURE CReminder::Body() : string
	sBody is string = "Dear " + :m_sCustomer + ","
	FOR EACH sL OF :m_arrLines
		sBody += CR + sL
	END
	RESULT sBody + CR + "Total: " + Money(:m_moTotal)

PROCEDURE Money(mo is currency) : string
	RESULT NumToString(mo, ".2fS")
