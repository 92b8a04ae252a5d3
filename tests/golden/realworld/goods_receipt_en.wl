// A warehouse's goods receipt: purchase orders and delivery notes as classes derived
// from one document class, the stock in a data file described in code, the carrier's
// note read line by line (its first line starts with a count), the received quantities
// checked against the order, late deliveries in days, a JSON summary, the receipt saved
// to a file and read back, and the buyer's e-mail built (not sent).
CDocument is Class
	PROTECTED
	m_sNumber is string
	m_dIssued is Date
END
CPurchaseOrder is Class
	inherits from CDocument
	m_dDue is Date
	m_aaQty is associative array of int
END
CDeliveryNote is Class
	inherits from CDocument
	m_sCarrier is string
END

// the stock: one record per product
fdStock is File Description
itm is Item Description
fdStock..Name = "Stock"
itm..Name = "Code" ; itm..Type = hItemText ; itm..Size = 12 ; itm..KeyType = hUniqueKey
HDescribeItem(fdStock, itm)
itm..Name = "OnHand" ; itm..Type = hItemInt ; itm..KeyType = hNotAKey
HDescribeItem(fdStock, itm)
itm..Name = "Bin" ; itm..Type = hItemText ; itm..Size = 6 ; itm..KeyType = hNotAKey
HDescribeItem(fdStock, itm)
HDescribeFile(fdStock)
HCreation(Stock)
arrBins is array of strings
arrBins =
["A-01", "A-02", "B-07"]
FOR EACH sCode, nRank OF ["BOLT-M8", "NUT-M8", "WASHER-8"]
	Stock.Code = sCode ; Stock.OnHand = 100 * nRank ; Stock.Bin = arrBins[nRank]
	HAdd(Stock)
END

po is CPurchaseOrder("PO-2025-118", "20251201", 3)
po.Expect("BOLT-M8", 500)
po.Expect("NUT-M8", 500)
po.Expect("WASHER-8", 250)
dn is CDeliveryNote("DN-77431", "20251205")
dn.m_sCarrier = "Northline Freight"
arrDocs is array of CDocument dynamic
ArrayAdd(arrDocs, po)
ArrayAdd(arrDocs, dn)
FOR EACH doc OF arrDocs
	Trace(doc.Label())
END
// expect: order PO-2025-118 due 04/12/2025
// expect: delivery note DN-77431 (Northline Freight)

// the carrier's note: the count of pallets, then one line per product
sNote is string
sNote = [
	3 pallets unloaded at dock 2
	BOLT-M8;480
	NUT-M8;500
	WASHER-8;300
	SCREW-M4;50
]
aaShort is associative array of int
sReceipt is string
nLines is int
FOR EACH STRING sLine OF sNote SEPARATED BY CR
	nLines++
	IF nLines = 1 THEN
		Trace("Note: " + sLine + ", " + Val(sLine) + " pallets") ; CONTINUE
	END
	sCode is string = ExtractString(sLine, 1, ";")
	nQty is int = Val(ExtractString(sLine, 2, ";"))
	IF NOT po.m_aaQty[sCode]..Exist THEN
		sReceipt += StringBuild("%1: %2 not ordered, refused", sCode, nQty) + CR
		CONTINUE
	END
	IF HReadSeekFirst(Stock, Code, sCode) IF nQty < po.m_aaQty[sCode] aaShort[sCode] = po.m_aaQty[sCode] - nQty
	ELSE nQty = Min(nQty, po.m_aaQty[sCode])
	Stock.OnHand += nQty
	HModify(Stock)
	sReceipt += StringBuild("%1: %2 into %3, now %4", sCode, nQty, Stock.Bin, Stock.OnHand) + CR
END
// expect: Note: 3 pallets unloaded at dock 2, 3 pallets
Trace(sReceipt)
// expect: BOLT-M8: 480 into A-01, now 580
// expect: NUT-M8: 500 into A-02, now 700
// expect: WASHER-8: 250 into B-07, now 550
// expect: SCREW-M4: 50 not ordered, refused
// expect:
nLate is int = DateDifference(po.m_dDue, "20251205")
Trace(StringBuild("%1 day(s) late, %2 short line(s)", nLate, aaShort..Count))
// expect: 1 day(s) late, 1 short line(s)

// the summary, as JSON for the purchasing service
jSummary is JSON
jSummary.order = po.Number()
jSummary.note = dn.Number()
jSummary.lateDays = nLate
jSummary.short = []
FOR EACH nMissing, sCode OF aaShort
	jSummary.short[jSummary.short..Count + 1].code = sCode
	jSummary.short[jSummary.short..Count].missing = nMissing
END
Trace(VariantToJSON(jSummary))
// expect: {"order":"PO-2025-118","note":"DN-77431","lateDays":1,"short":[{"code":"BOLT-M8","missing":20}]}

// the receipt, saved and read back
sFile is string = fTempPath() + fSep() + "receipt_" + dn.Number() + ".txt"
fSaveText(sFile, sReceipt)
nRefused is int
FOR EACH STRING sLine OF fLoadText(sFile) SEPARATED BY CR
	IF Contains(sLine, "refused") THEN nRefused++
END
Trace(nRefused + " refused line(s) in " + fExtractPath(sFile, fFileName + fExtension))
// expect: 1 refused line(s) in receipt_DN-77431.txt

// the buyer's e-mail
m is Email
m.Sender = "warehouse@example.test"
m.Recipient[1] = "buyer@example.test"
m.Subject = "Receipt of " + dn.Number() + " for " + po.Number()
m.Message = sReceipt
EmailLoadAttachment(m, sFile)
IF NOT EmailBuildSource(m) THEN Trace(ErrorInfo())
m2 is Email
m2.Source = m.Source
EmailImportSource(m2)
Trace(m2.Subject + " | " + m2.Attach[1])
// expect: Receipt of DN-77431 for PO-2025-118 | receipt_DN-77431.txt
fDelete(sFile)

PROCEDURE CDocument::Constructor(sNumber is string, dIssued is Date)
:m_sNumber = sNumber
:m_dIssued = dIssued
PROCEDURE CDocument::Label() : string
RESULT "document " + :m_sNumber
PROCEDURE CDocument::Number() : string
RESULT :m_sNumber

PROCEDURE CPurchaseOrder::Constructor(sNumber is string, dIssued is Date, nDays is int)
Constructor CDocument(sNumber, dIssued)
:m_dDue = dIssued
:m_dDue..Day += nDays
PROCEDURE CPurchaseOrder::Label() : string
RESULT "order " + :m_sNumber + " due " + DateToString(:m_dDue, "DD/MM/YYYY")
PROCEDURE CPurchaseOrder::Expect(sCode is string, nQty is int)
:m_aaQty[sCode] += nQty

PROCEDURE CDeliveryNote::Label() : string
RESULT "delivery note " + :m_sNumber + " (" + :m_sCarrier + ")"
