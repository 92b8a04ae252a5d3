// Bank reconciliation: the lines of a statement (a multi-line text, FOR EACH STRING ...
// SEPARATED BY CR) matched against open invoices, by a reference the label quotes, then
// by amount (the oldest due date first); `_OR_` short-circuits the test of an index
// still 0 (with OR both sides are evaluated and index 0 stops the program, as the
// logical operators' page says). Method b, L 6 Dec 2026: passes as written; French
// twin: rapprochement_bancaire_fr.wl.
STInvoice is Structure
	sNumber is string
	moAmount is currency
	dDue is Date
	bPaid is boolean
END
STStatementLine is Structure
	dOperation is Date
	sLabel is string
	moAmount is currency
END
arrInvoices is array of STInvoice
arrStatement is array of STStatementLine
AddInvoice("INV-2026-001", 1200.50, "20261115")
AddInvoice("INV-2026-002", 89.90, "20261120")
AddInvoice("INV-2026-003", 89.90, "20261201")
AddInvoice("INV-2026-004", 450, "20261130")
sStatement is string = [
03/12/2026;SEPA TRANSFER DUPONT REF INV-2026-001;1200.50
04/12/2026;TRANSFER MARTIN;89.90
05/12/2026;DIRECT DEBIT POWER;-75.20
05/12/2026;TRANSFER INV2026004 DOWN PAYMENT;400.00
]
FOR EACH STRING sLine OF sStatement SEPARATED BY CR
	IF sLine = "" THEN CONTINUE
	l is STStatementLine
	l.dOperation = StringToDate(ExtractString(sLine, 1, ";"), "DD/MM/YYYY")
	l.sLabel = ExtractString(sLine, 2, ";")
	l.moAmount = Val(ExtractString(sLine, 3, ";"))
	ArrayAdd(arrStatement, l)
END
Trace(arrStatement.Count) // expect: 4
nMatched is int
FOR EACH l OF arrStatement
	sResult is string = Match(l)
	SWITCH sResult
		CASE "": Trace(DateToString(l.dOperation, "DD/MM") + " not matched: " + l.sLabel)
		CASE "DEBIT": Trace("debit skipped: " + l.moAmount)
		OTHER CASE
			nMatched++
			Trace(DateToString(l.dOperation, "DD/MM") + " -> " + sResult)
	END
END
Trace(StringBuild("%1 line(s) matched out of %2", nMatched, arrStatement.Count))
// expect: 03/12 -> INV-2026-001 (reference)
// expect: 04/12 -> INV-2026-002 (amount, oldest due date)
// expect: debit skipped: -75.2
// expect: 05/12 not matched: TRANSFER INV2026004 DOWN PAYMENT
// expect: 2 line(s) matched out of 4
FOR EACH inv OF arrInvoices WHERE NOT inv.bPaid
	Trace("still due: " + inv.sNumber + " (" + inv.moAmount + ")")
END
// expect: still due: INV-2026-003 (89.9)
// expect: still due: INV-2026-004 (450)

PROCEDURE AddInvoice(sNum, moAmount is currency, sDue)
inv is STInvoice
inv.sNumber = sNum
inv.moAmount = moAmount
inv.dDue = sDue
arrInvoices.Add(inv)

PROCEDURE Match(l is STStatementLine) : string
IF l.moAmount < 0 THEN RESULT "DEBIT"
sLabel is string = Replace(Upper(l.sLabel), "-", "")
// 1) by a reference quoted in the label
FOR i = 1 _TO_ arrInvoices.Count
	IF arrInvoices[i].bPaid THEN CONTINUE
	IF Position(sLabel, Replace(arrInvoices[i].sNumber, "-", "")) > 0 AND arrInvoices[i].moAmount = l.moAmount THEN
		arrInvoices[i].bPaid = True
		RESULT arrInvoices[i].sNumber + " (reference)"
	END
END
// 2) by a unique amount
nFound is int = 0
nIndex is int
FOR i = 1 TO arrInvoices..Occurrence
	IF NOT arrInvoices[i].bPaid _AND_ arrInvoices[i].moAmount = l.moAmount THEN
		nFound++
		nIndex = i
	END
END
IF nFound = 1 THEN
	arrInvoices[nIndex].bPaid = True
	RESULT arrInvoices[nIndex].sNumber + " (amount)"
ELSE IF nFound > 1 THEN
	// the oldest due date
	nIndex = 0
	FOR i = 1 TO arrInvoices.Count
		IF NOT arrInvoices[i].bPaid AND arrInvoices[i].moAmount = l.moAmount THEN
			IF nIndex = 0 _OR_ arrInvoices[i].dDue < arrInvoices[nIndex].dDue THEN nIndex = i
		END
	END
	arrInvoices[nIndex].bPaid = True
	RESULT arrInvoices[nIndex].sNumber + " (amount, oldest due date)"
END
RESULT ""
