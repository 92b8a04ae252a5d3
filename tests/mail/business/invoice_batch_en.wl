// The month's batch of invoices, sent in one SMTP session: the list comes from
// the accounting export (number;customer;email;amount;PDF file). A customer the
// server refuses does not stop the batch: the failure goes to the "to retry"
// file (permanent or temporary) and the next invoice is sent.
CONSTANT
	SMTP_SERVER		= "smtp.mycompany.com"
	SENDER			= "billing@mycompany.com"
END

STInvoice is Structure
	nNumber		is int
	sCustomer	is string
	sEmail		is string
	mAmount		is currency
	sPDF		is string
END

sFolder is string = "{dossier}"
arrInvoices is array of STInvoice
LoadBatch(sFolder + ["/"] + "lot_decembre.csv", arrInvoices)

cSession is emailSMTPSession
cSession..ServerAddress = SMTP_SERVER
cSession..Port = 25
cSession..Name = SENDER
IF NOT EmailStartSession(cSession) THEN
	Trace("Cannot start the session: " + ErrorInfo(errMessage))
	RETURN
END

sRetry is string = "number;email;reason;kind" + CR
nSent, nPermanent, nTemporary are int
FOR EACH stI OF arrInvoices
	cMail is Email
	cMail..Sender = "Billing department <" + SENDER + ">"
	ArrayAdd(cMail..Recipient, stI.sEmail)
	cMail..Subject = StringBuild("Invoice #%1 – %2", stI.nNumber, stI.sCustomer)
	cMail..Message = StringBuild("Hello,%1%1Please find attached invoice #%2 for an amount of %3 € incl. VAT.%1%1Best regards", ...
		CR, stI.nNumber, NumToString(stI.mAmount, ".2f"))
	IF NOT EmailLoadAttachment(cMail, sFolder + ["/"] + stI.sPDF) THEN
		sRetry += stI.nNumber + ";" + stI.sEmail + ";attachment missing;file" + CR
		CONTINUE
	END
	IF EmailSendMessage(cSession, cMail) THEN
		nSent++
	ELSE
		sReason is string = ErrorInfo(errMessage)
		// 4xx: the server asks to try again later; 5xx: refused for good
		IF Position(sReason, " (4") > 0 THEN
			nTemporary++
			sRetry += stI.nNumber + ";" + stI.sEmail + ";" + Replace(sReason, ";", ",") + ";temporary" + CR
		ELSE
			nPermanent++
			sRetry += stI.nNumber + ";" + stI.sEmail + ";" + Replace(sReason, ";", ",") + ";permanent" + CR
		END
	END
END
EmailCloseSession(cSession)
fSaveText(sFolder + ["/"] + "to_retry.csv", sRetry)
Trace(StringBuild("%1 invoice(s) sent out of %2, %3 refused for good, %4 for now", ...
	nSent, arrInvoices..Occurrence, nPermanent, nTemporary))

PROCEDURE LoadBatch(LOCAL sFile is string, arrBatch is array of STInvoice)
FOR EACH STRING sLine OF fLoadText(sFile) SEPARATED BY CR
	IF sLine = "" OR sLine [= "numero" THEN CONTINUE
	stI is STInvoice
	stI.nNumber = ExtractString(sLine, 1, ";")
	stI.sCustomer = ExtractString(sLine, 2, ";")
	stI.sEmail = ExtractString(sLine, 3, ";")
	stI.mAmount = ExtractString(sLine, 4, ";")
	stI.sPDF = ExtractString(sLine, 5, ";")
	ArrayAdd(arrBatch, stI)
END
