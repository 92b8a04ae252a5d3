// Order confirmation e-mails built (not sent): a JSON order read into a structure,
// an HTML body from a template with StringBuild, an attachment written to the temp
// folder, the message's source built and read back to check its headers.
STOrderLine is Structure
	sSku is string
	nQty is int
	moPrice is currency
END
STOrder is Structure
	sNumber is string
	sCustomer is string
	sEmail is string
	arrLines is array of STOrderLine
END

sJSON is string = [
	{"sNumber": "SO-1042", "sCustomer": "Ms Green", "sEmail": "green@example.test",
	 "arrLines": [{"sSku": "TEA-01", "nQty": 2, "moPrice": 4.5},
	              {"sSku": "MUG-09", "nQty": 1, "moPrice": 12}]}
]
o is STOrder
Deserialize(o, sJSON, psdJSON)
Trace(o.sNumber + " for " + o.sCustomer + ", " + o.arrLines..Count + " lines")
// expect: SO-1042 for Ms Green, 2 lines

sRows is string
moTotal is currency
FOR EACH ln OF o.arrLines
	sRows += StringBuild("<tr><td>%1</td><td>%2</td><td>%3</td></tr>", ln.sSku, ln.nQty, NumToString(ln.nQty * ln.moPrice, ".2f"))
	moTotal += ln.nQty * ln.moPrice
END
sTemplate is string = "<html><body><p>Dear %1,</p><table>%2</table><p>Total: %3</p></body></html>"
sHTML is string = StringBuild(sTemplate, o.sCustomer, sRows, NumToString(moTotal, ".2f"))
Trace(Middle(sHTML, Position(sHTML, "<table>"), 60))
// expect: <table><tr><td>TEA-01</td><td>2</td><td>9.00</td></tr><tr><t

sInvoice is string = fTempPath() + fSep() + o.sNumber + ".txt"
fSaveText(sInvoice, "Invoice " + o.sNumber + CR + "Total " + NumToString(moTotal, ".2f"))

m is Email
m.Sender = "shop@example.test"
m.Recipient[1] = o.sEmail
m.Subject = "Your order " + o.sNumber
m.HTML = sHTML
m.Message = HTMLToText(sHTML)
EmailLoadAttachment(m, sInvoice)
IF NOT EmailBuildSource(m) THEN Trace(ErrorInfo())
Trace(Position(m.Source, "Subject: Your order SO-1042") > 0, m.Attach..Count)
// expect: 1, 1

m2 is Email
m2.Source = m.Source
EmailImportSource(m2)
Trace(m2.Subject + " | " + m2.Recipient[1] + " | " + m2.Attach[1])
// expect: Your order SO-1042 | green@example.test | SO-1042.txt
Trace(NoSpace(ExtractLine(m2.Message, 1)))
// expect: Dear Ms Green,
fDelete(sInvoice)
