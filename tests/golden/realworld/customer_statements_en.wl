// Month-end customer statements, as a small project saves them: the ledger entries as
// classes in their own files (CLedgerEntry.wdc; CInvoiceEntry.wdc and CPaymentEntry.wdc
// derive from it), the statement text in a procedure set (SET_Statements.wdg: its
// texts kept as string resources, an internal procedure, a CONSTANT block), and this
// script: the ledger in a data file described in code, read customer by customer into
// an array of dynamic objects, the dunning level by days late, a JSON recap, the
// statements saved to a file and read back, and the reminder e-mail built (not sent).
fdLedger is File Description
itm is Item Description
fdLedger..Name = "Ledger"
itm..Name = "Customer" ; itm..Type = hItemText ; itm..Size = 10 ; itm..KeyType = hDuplicatesKey
HDescribeItem(fdLedger, itm)
itm..Name = "Ref" ; itm..Type = hItemText ; itm..Size = 12 ; itm..KeyType = hNotAKey
HDescribeItem(fdLedger, itm)
itm..Name = "Kind" ; itm..Type = hItemText ; itm..Size = 1
HDescribeItem(fdLedger, itm)
itm..Name = "Booked" ; itm..Type = hItemDate
HDescribeItem(fdLedger, itm)
itm..Name = "Amount" ; itm..Type = hItemCurrency
HDescribeItem(fdLedger, itm)
itm..Name = "Detail" ; itm..Type = hItemText ; itm..Size = 20
HDescribeItem(fdLedger, itm)
HDescribeFile(fdLedger)
HCreation(Ledger)

sLedger is string = [
	ACME;I;INV-1041;20251020;1200.00;30
	ACME;P;PAY-0077;20251102;700.00;transfer
	ACME;I;INV-1102;20251115;350.50;15
	BOLTCO;I;INV-1099;20251110;99.90;30
	BOLTCO;P;PAY-0081;20251128;99.90;card
]
// (an internal procedure written without its END, as in code ported by hand: its
// body ends where the code comes back to its header's indentation)
INTERNAL PROCEDURE AddRow(sRow is string)
	Ledger.Customer = ExtractString(sRow, 1, ";")
	Ledger.Kind = ExtractString(sRow, 2, ";")
	Ledger.Ref = ExtractString(sRow, 3, ";")
	Ledger.Booked = ExtractString(sRow, 4, ";")
	Ledger.Amount = Val(ExtractString(sRow, 5, ";"))
	Ledger.Detail = ExtractString(sRow, 6, ";")
	HAdd(Ledger)
FOR EACH STRING sRow OF sLedger SEPARATED BY CR
	AddRow(sRow)
END
Trace(HNbRec(Ledger) + " entries") // expect: 5 entries

dAt is Date = "20251231"
jRecap is JSON
jRecap.at = DateToString(dAt, "YYYY-MM-DD")
jRecap.customers = []
sAll is string
arrCustomers is array of strings = ["ACME", "BOLTCO"]
FOR EACH sCustomer OF arrCustomers
	arrEntries is array of CLedgerEntry dynamic
	nWorstLate is int = 0
	mBalance is currency = 0
	FOR EACH Ledger WHERE Customer = sCustomer
		IF Ledger.Kind = "I" THEN
			inv is CInvoiceEntry dynamic = new CInvoiceEntry(Ledger.Ref, Ledger.Booked, Ledger.Amount, Val(Ledger.Detail))
			nWorstLate = Max(nWorstLate, inv.DaysLate(dAt))
			ArrayAdd(arrEntries, inv)
		ELSE
			pay is CPaymentEntry dynamic = new CPaymentEntry(Ledger.Ref, Ledger.Booked, Ledger.Amount)
			pay.m_sMethod = Ledger.Detail
			ArrayAdd(arrEntries, pay)
		END
		mBalance += arrEntries[arrEntries.Count].Signed()
	END
	ArraySort(arrEntries, asMember, "m_dBooked")
	sAll += StatementText(sCustomer, arrEntries, dAt) + CR
	nRow is int = jRecap.customers..Count + 1
	jRecap.customers[nRow].name = sCustomer
	jRecap.customers[nRow].entries = arrEntries.Count
	jRecap.customers[nRow].dunning = mBalance > 0 ? DunningLevel(nWorstLate) ELSE 0
END
Trace(sAll)
// expect: Statement of account for ACME at 31/12/2025
// expect: 20/10/2025 INV-1041 invoice, due 19/11/2025.....  +1200.00
// expect: 02/11/2025 PAY-0077 payment by transfer.........   -700.00
// expect: 15/11/2025 INV-1102 invoice, due 30/11/2025.....   +350.50
// expect: Balance due: 850.5
// expect: Statement of account for BOLTCO at 31/12/2025
// expect: 10/11/2025 INV-1099 invoice, due 10/12/2025.....    +99.90
// expect: 28/11/2025 PAY-0081 payment by card.............    -99.90
// expect: Balance due: 0
// expect:
Trace(VariantToJSON(jRecap))
// expect: {"at":"2025-12-31","customers":[{"name":"ACME","entries":3,"dunning":2},{"name":"BOLTCO","entries":2,"dunning":0}]}
Trace(gnStatementsBuilt + " statements, " + CLedgerEntry::s_nCreated + " entries made")
// expect: 2 statements, 5 entries made

// saved for the mailing, then read back: the balances only
sFile is string = fTempPath() + fSep() + "statements_" + DateToString(dAt, "YYYYMM") + ".txt"
fSaveText(sFile, sAll)
FOR EACH STRING sLine OF fLoadText(sFile) SEPARATED BY CR
	IF sLine [= "Balance" THEN Trace(sLine)
END
// expect: Balance due: 850.5
// expect: Balance due: 0

// the reminder e-mail to the customer with a balance due
m is Email
m.Sender = "accounts@example.test"
m.Recipient[1] = "payables@acme.example.test"
m.Subject = "Reminder: your statement at " + DateToString(dAt, "DD/MM/YYYY")
m.Message = ExtractString(sAll, 1, CR + CR)
EmailLoadAttachment(m, sFile)
IF NOT EmailBuildSource(m) THEN Trace(ErrorInfo())
m2 is Email
m2.Source = m.Source
EmailImportSource(m2)
Trace(m2.Subject + " | " + m2.Attach[1] + " | " + ExtractString(m2.Message, 1, CR))
// expect: Reminder: your statement at 31/12/2025 | statements_202512.txt | Statement of account for ACME at 31/12/2025
fDelete(sFile)
