// (method b) A customer's invoice as WINDEV developers write it: its lines (Orders) read
// by HReadSeekFirst with hLimitParsing then HReadNext until HOut, a cancelled line
// deleted during the browse (HDelete keeps the position), the total computed again and
// written by HModify on the first line.
CONSTANT
	STATUS_OPEN = 0
	STATUS_CANCELLED = 9
END

nSmith is int = AddCustomer("Smith")
nBrown is int = AddCustomer("Brown", "Nice")
AddLine(nSmith, "20241105", 120.50)
AddLine(nBrown, "20241106", 99)
AddLine(nSmith, "20241107", 30, STATUS_CANCELLED)
AddLine(nSmith, "20241108", 79.50)
mToInvoice is currency = InvoiceTotal(nSmith)
// expect: cancelled line deleted: 3
// expect: 2 line(s), total 200
// the total goes on the invoice's first line
IF HReadSeekFirst(Orders, CustomerID, nSmith) THEN
	Orders.Total = mToInvoice
	IF HModify(Orders) THEN Trace("total written on line " + Orders.OrderID)  // expect: total written on line 1
END
// without a key, FOR EACH follows the last key used (CustomerID)
FOR EACH Orders
	Trace(Orders.OrderID, Orders.CustomerID, Orders.Total, Orders.Status)
END
// expect: 1, 1, 200, 0
// expect: 4, 1, 79.5, 0
// expect: 2, 2, 99, 0
Trace(HNbRec(Orders), HNbRec(Orders, hStateDel))  // expect: 3, 1
// an invoice without lines: HReadSeekFirst finds nothing, HOut at once
Trace(InvoiceTotal(AddCustomer("Little")))  // expect: 0 line(s), total 0
// expect: 0

PROCEDURE AddCustomer(LOCAL sName is string, sCity is string = "Lyon") : int
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
IF NOT HAdd(Customer) THEN
	Trace("Add refused: " + HErrorInfo())
	RETURN 0
END
RETURN Customer.CustomerID

PROCEDURE AddLine(nCustomer is int, dLine is Date, mAmount is currency, nStatus is int = STATUS_OPEN)
HReset(Orders)
Orders.CustomerID = nCustomer
Orders.OrderDate = dLine
Orders.Total = mAmount
Orders.Status = nStatus
Orders.InvoiceNum = 1001
HAdd(Orders)

PROCEDURE InvoiceTotal(nCustomer is int) : currency
mTotal is currency = 0
nLines is int
HReadSeekFirst(Orders, CustomerID, nCustomer, hLimitParsing)
WHILE NOT HOut(Orders)
	IF Orders.Status = STATUS_CANCELLED THEN
		Trace("cancelled line deleted: " + Orders.OrderID)
		HDelete(Orders)
	ELSE
		mTotal += Orders.Total
		nLines++
	END
	HReadNext(Orders, CustomerID)
END
Trace(StringBuild("%1 line(s), total %2", nLines, mTotal))
RETURN mTotal
