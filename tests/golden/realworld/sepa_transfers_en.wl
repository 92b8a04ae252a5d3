// A SEPA credit transfer file (pain.001.001.03) for the supplier payment run, as a
// WINDEV developer builds it: an xmlDocument filled by assignment (`x.Document.A.B = v`),
// one CdtTrfTxInf a payment added with XMLAddChild, the currency as an attribute written
// with `:`, names cut to SEPA's Latin set (NoAccent), then read back and the control
// sum checked (French twin virements_sepa_fr.wl; passes, issue 8 FS 5 Dec late night).
Payment is Structure
	sName is string
	sIBAN is string
	sBIC is string
	mAmount is currency
	sRef is string
END
arrPayments is array of Payment
ArrayAdd(arrPayments, ["Dupont SARL", "FR7630006000011234567890189", "AGRIFRPP", 1250.40, "INV-2024-118"])
ArrayAdd(arrPayments, ["Müller GmbH", "DE89370400440532013000", "COBADEFFXXX", 89.99, "RE 4471"])
ArrayAdd(arrPayments, ["Café & Co", "FR1420041010050500013M02606", "PSSTFRPPXXX", 15, "F/2024/03"])

sMsgId is string = "PAY-" + DateToString("20240315", "YYYYMMDD") + "-001"
xDoc is xmlDocument
xDoc.Document.CstmrCdtTrfInitn.GrpHdr.MsgId = sMsgId
xDoc.Document.CstmrCdtTrfInitn.GrpHdr.CreDtTm = "2024-03-15T09:30:00"
xDoc.Document.CstmrCdtTrfInitn.GrpHdr.NbOfTxs = arrPayments.Count
mTotal is currency = 0
FOR EACH p OF arrPayments
	mTotal += p.mAmount
END
xDoc.Document.CstmrCdtTrfInitn.GrpHdr.CtrlSum = NumToString(mTotal, ".2f")
xDoc.Document.CstmrCdtTrfInitn.GrpHdr.InitgPty.Nm = "ACME Industries"
xDoc.Document:xmlns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"
xPmtInf is xmlNode = XMLAddChild(xDoc.Document.CstmrCdtTrfInitn, "PmtInf")
XMLAddChild(xPmtInf, "PmtInfId", sMsgId + "-1")
XMLAddChild(xPmtInf, "PmtMtd", "TRF")
XMLAddChild(xPmtInf, "ReqdExctnDt", "2024-03-18")
FOR EACH p OF arrPayments
	xTx is xmlNode = XMLAddChild(xPmtInf, "CdtTrfTxInf")
	xTx.PmtId.EndToEndId = NoSpace(p.sRef)
	xTx.Amt.InstdAmt = NumToString(p.mAmount, ".2f")
	xTx.Amt.InstdAmt:Ccy = "EUR"
	xTx.CdtrAgt.FinInstnId.BIC = p.sBIC
	xTx.Cdtr.Nm = SepaText(p.sName)
	xTx.CdtrAcct.Id.IBAN = p.sIBAN
	xTx.RmtInf.Ustrd = p.sRef
END
sXML is string = XMLBuildString(xDoc)
Trace(Length(sXML) > 500) // expect: 1
Trace(ExtractString(ExtractString(sXML, 2, "<CtrlSum>"), 1, "</CtrlSum>")) // expect: 1355.39
Trace(StringCount(sXML, "<CdtTrfTxInf>")) // expect: 3
// read back and check the control sum
xCheck is xmlDocument = XMLOpen(sXML, fromString)
mCheck is currency = 0
FOR EACH xT OF xCheck.Document.CstmrCdtTrfInitn.PmtInf.CdtTrfTxInf
	mCheck += xT.Amt.InstdAmt
	Trace(xT.Cdtr.Nm, xT.Amt.InstdAmt, xT.Amt.InstdAmt:Ccy) // expect: Dupont SARL, 1250.40, EUR
	// expect: Muller GmbH, 89.99, EUR
	// expect: Cafe + Co, 15.00, EUR
END
Trace(mCheck = xCheck.Document.CstmrCdtTrfInitn.GrpHdr.CtrlSum) // expect: 1
Trace(xCheck.Document.CstmrCdtTrfInitn.GrpHdr.NbOfTxs) // expect: 3
Trace(xCheck.Document:xmlns) // expect: urn:iso:std:iso:20022:tech:xsd:pain.001.001.03

PROCEDURE SepaText(s is string)
// SEPA allows a restricted Latin set: no accents, no "&"
s = NoAccent(s)
s = Replace(s, "&", "+")
RESULT Left(s, 70)
