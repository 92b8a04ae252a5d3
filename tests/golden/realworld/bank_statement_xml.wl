// Bank statement: read an XML document, totals per month, check the balance, largest expense
sXML is string = [
<?xml version="1.0" encoding="UTF-8"?>
<statement account="GB29 NWBK 6016 1331 9268 19" currency="GBP">
	<opening>1250.40</opening>
	<op date="2024-01-05" kind="debit"><label>RENT JANUARY</label><amount>780.00</amount></op>
	<op date="2024-01-15" kind="credit"><label>SALARY</label><amount>2150.75</amount></op>
	<op date="2024-01-28" kind="debit"><label>ELECTRICITY</label><amount>64.32</amount></op>
	<op date="2024-02-05" kind="debit"><label>RENT FEBRUARY</label><amount>780.00</amount></op>
	<op date="2024-02-15" kind="credit"><label>SALARY</label><amount>2150.75</amount></op>
	<op date="2024-02-20" kind="credit"><label>REFUND</label><amount>23.00</amount></op>
</statement>
]
xDoc is xmlDocument = XMLOpen(sXML, fromString)
Trace(xDoc.statement:account) // expect: GB29 NWBK 6016 1331 9268 19
Trace(xDoc.statement.op..Occurrence + " operations") // expect: 6 operations

mBalance is currency = xDoc.statement.opening
aaMonth is associative array of currency
FOR EACH xOp OF xDoc.statement.op
	mAmount is currency = xOp.amount
	IF xOp:kind = "debit" THEN mAmount = -mAmount
	dOp is Date = xOp:date
	aaMonth[DateToString(dOp, "YYYY-MM")] += mAmount
	mBalance += mAmount
END
FOR EACH mNet, sMonth OF aaMonth
	Trace(sMonth + ": " + NumToString(mNet, "+.2f"))
END
// expect: 2024-01: +1306.43
// expect: 2024-02: +1393.75
Trace("Closing balance: " + NumToString(mBalance, ".2f") + " " + xDoc.statement:currency) // expect: Closing balance: 3950.58 GBP

// The largest expense and its day of the week
mMax is currency
sLabel is string
dMax is Date
FOR i = 1 _TO_ xDoc.statement.op..Occurrence
	IF xDoc.statement.op[i]:kind = "credit" THEN CONTINUE
	IF xDoc.statement.op[i].amount > mMax THEN
		mMax = xDoc.statement.op[i].amount
		sLabel = xDoc.statement.op[i].label
		dMax = xDoc.statement.op[i]:date
	END
END
Trace(sLabel, mMax, DateToDayInAlpha(dMax)) // expect: RENT JANUARY, 780, Friday

// The account number without its spaces, grouped by four again
sIBAN is string = Replace(xDoc.statement:account, " ", "")
Trace(sIBAN) // expect: GB29NWBK60161331926819
sGrouped is string
FOR i = 1 _TO_ Length(sIBAN) STEP 4
	sGrouped += [" "] + Middle(sIBAN, i, 4)
END
Trace(sGrouped = xDoc.statement:account) // expect: 1
