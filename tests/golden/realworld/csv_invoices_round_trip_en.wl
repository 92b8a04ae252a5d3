// Invoices exported to a CSV file for the accountant's spreadsheet and imported back, as
// business code writes it: ArrayToCSV of an array of structures (a separator, quotes and
// line breaks inside fields quoted), a header line naming the members, the file in ANSI (Windows-1252, what
// Excel opens), then fLoadText and CSVToArray with csvHeader into an array of the same
// structure. Every field comes back as it left: text with "; quotes and accents, a Date,
// a currency with cents, a negative credit note, a boolean, a two-line note. Method b,
// FS 6 Dec 2026 night: passes as written. French twin aller_retour_csv_factures_fr.wl.
STInvoice is Structure
	sNumber is string
	sCustomer is string
	dIssued is Date
	cyAmount is currency
	bPaid is boolean
	sNote is string
END
arrInvoices is array of STInvoice
inv is STInvoice
inv.sNumber = "F-2026-0412"; inv.sCustomer = "Société Générale; Paris 9e"; inv.dIssued = "20261201"
inv.cyAmount = 1234.56; inv.bPaid = True; inv.sNote = "said ""urgent"""
ArrayAdd(arrInvoices, inv)
inv.sNumber = "A-2026-0007"; inv.sCustomer = "O'Brien & Co"; inv.dIssued = "20261205"
inv.cyAmount = -89.9; inv.bPaid = False; inv.sNote = "credit note" + CR + "for F-2026-0398"
ArrayAdd(arrInvoices, inv)
sFile is string = fTempPath() + fSep() + "wl_invoices_" + Random(1, 999999999) + ".csv"
Trace(fSaveText(sFile, "sNumber;sCustomer;dIssued;cyAmount;bPaid;sNote" + CR + ArrayToCSV(arrInvoices, ";"), foAnsi)) // expect: 1
bufFile is Buffer = fLoadBuffer(sFile)
Trace(Position(bufFile, "Soci" + Charact(233) + "t" + Charact(233)) > 0) // expect: 1
arrBack is array of STInvoice
CSVToArray(fLoadText(sFile, foAnsi), arrBack, ";", csvHeader)
Trace(ErrorOccurred, ArrayCount(arrBack)) // expect: 0, 2
FOR i = 1 _TO_ ArrayCount(arrBack)
	Trace(arrBack[i].sNumber, arrBack[i].sCustomer, DateToString(arrBack[i].dIssued, "DD/MM/YYYY"), arrBack[i].cyAmount, arrBack[i].bPaid)
	Trace(arrBack[i].sNote = arrInvoices[i].sNote, arrBack[i].cyAmount = arrInvoices[i].cyAmount)
END
// expect: F-2026-0412, Société Générale; Paris 9e, 01/12/2026, 1234.56, 1
// expect: 1, 1
// expect: A-2026-0007, O'Brien & Co, 05/12/2026, -89.9, 0
// expect: 1, 1
cyTotal is currency
FOR EACH inv2 OF arrBack
	cyTotal += inv2.cyAmount
END
Trace(cyTotal) // expect: 1144.66
fDelete(sFile)
