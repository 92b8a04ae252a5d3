// Invoices exported to JSON for an API: dates in ISO 8601, amounts with two decimals,
// an array of lines per invoice; by hand (a JSON variable), by Serialize, then read back
// by Deserialize and JSONToVariant. Method b, FS 6 Dec 2026: passes as written. French
// twin export_factures_json_fr.wl.
STLine is Structure
	sRef is string
	nQty is int
	mUnitPrice is currency
END
STInvoice is Structure
	sNumber is string
	dDate is Date
	dtCreated is DateTime
	sCustomer is string
	arrLines is array of STLine
	mTotalExclVAT is currency
	rVATRate is real
	bPaid is boolean
END

arrInvoices is array of STInvoice
inv is STInvoice
inv.sNumber = "F2026-0001"
inv.dDate = "20261203"
inv.dtCreated = "20261203143005"
inv.sCustomer = "Boulangerie Lefèvre"
inv.rVATRate = 20
l is STLine
l.sRef = "FAR-T65" ; l.nQty = 25 ; l.mUnitPrice = 18.9
Add(inv.arrLines, l)
l.sRef = "LEV-500" ; l.nQty = 4 ; l.mUnitPrice = 3.75
Add(inv.arrLines, l)
FOR EACH line OF inv.arrLines
	inv.mTotalExclVAT += line.nQty * line.mUnitPrice
END
Add(arrInvoices, inv)
inv2 is STInvoice
inv2.sNumber = "F2026-0002" ; inv2.dDate = "20261206" ; inv2.sCustomer = "Café « Le Zinc »"
inv2.bPaid = True
Add(arrInvoices, inv2)

// 1) by hand, with a JSON variable
jExport is JSON
jExport.version = 2
jExport.generatedAt = "2026-12-06T09:00:00"
FOR EACH x, i OF arrInvoices
	jExport.invoices[i].number = x.sNumber
	jExport.invoices[i].date = DateToString(x.dDate, "YYYY-MM-DD")
	jExport.invoices[i].totalExclVAT = NumToString(x.mTotalExclVAT, ".2f")
	jExport.invoices[i].amount = x.mTotalExclVAT
	jExport.invoices[i].customer = x.sCustomer
	jExport.invoices[i].paid = x.bPaid
	jExport.invoices[i].lineCount = x.arrLines..Occurrence
END
Trace(JSONToString(jExport))
// expect: {"version":2,"generatedAt":"2026-12-06T09:00:00","invoices":[{"number":"F2026-0001","date":"2026-12-03","totalExclVAT":"487.50","amount":487.5,"customer":"Boulangerie Lefèvre","paid":false,"lineCount":2},{"number":"F2026-0002","date":"2026-12-06","totalExclVAT":"0.00","amount":0,"customer":"Café « Le Zinc »","paid":true,"lineCount":0}]}
// 2) by Serialize
sText is string
Serialize(arrInvoices[1], sText, psdJSON)
Trace(sText)
// expect: {"sNumber":"F2026-0001","dDate":"2026-12-03","dtCreated":"2026-12-03T14:30:05","sCustomer":"Boulangerie Lef\u00E8vre","arrLines":[{"sRef":"FAR-T65","nQty":25,"mUnitPrice":18.9},{"sRef":"LEV-500","nQty":4,"mUnitPrice":3.75}],"mTotalExclVAT":487.5,"rVATRate":20,"bPaid":false}
// 3) read back
arrRead is array of STInvoice
Deserialize(arrRead, VariantToJSON(arrInvoices), psdJSON)
Trace(arrRead..Occurrence, arrRead[1].dDate, arrRead[1].dtCreated, arrRead[1].arrLines[2].mUnitPrice, arrRead[1].mTotalExclVAT) // expect: 2, 20261203, 20261203143005000, 3.75, 487.5
v is Variant = JSONToVariant(JSONToString(jExport))
Trace(v.invoices[1].totalExclVAT, v.invoices[1].amount, v.invoices[2].paid, v.invoices..Occurrence) // expect: 487.50, 487.5, 1, 2
