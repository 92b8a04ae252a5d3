// (method b) Invoice numbering without gaps, as a WINDEV developer writes it: a counter
// record read locked in a transaction, the number written on the order; a failure in
// the middle (an exception) cancels everything, the counter too, and the next invoice
// takes the number that was not used. French twin: numerotation_factures_fr.wl.
CONSTANT
	CNT_INVOICE = "INVOICE"
	STATUS_INVOICED = 2
END
gsLastError is string

DescribeCounter()
HCreationIfNotFound(Counter)
HReset(Counter)
Counter.Code = CNT_INVOICE
Counter.Last_Number = 2024117
HAdd(Counter)
nCustomer is int = NewCustomer("Martin Bakery")
arrOrders is array of int
FOR i = 1 TO 4
	ArrayAdd(arrOrders, NewOrder(nCustomer, 100 * i))
END

Trace(InvoiceOrder(arrOrders[1]))                             // expect: 2024118
Trace(InvoiceOrder(arrOrders[2], True), gsLastError)          // expect: 0, printer offline
Trace(HTransactionInProgress())                               // expect: 0
Trace(InvoiceOrder(arrOrders[3]))                             // expect: 2024119
Trace(InvoiceOrder(99999), gsLastError)                       // expect: 0, order 99999 not found
TRACE(INVOICEORDER(arrOrders[4]))                             // expect: 2024120
HReadSeekFirst(Counter, Code, CNT_INVOICE)
Trace(Counter.Last_Number)                                    // expect: 2024120
FOR EACH Orders WHERE CustomerID = nCustomer
	Trace(Orders.Total, Orders.InvoiceNum, Orders.Status)
END
// expect: 100, 2024118, 2
// expect: 200, , 1
// expect: 300, 2024119, 2
// expect: 400, 2024120, 2

PROCEDURE InvoiceOrder(LOCAL nOrder is int, LOCAL bFailure is boolean = False) : int
nNumber is int
gsLastError = ""
IF NOT HTransactionStart() THEN
	gsLastError = HErrorInfo()
	RESULT 0
END
// the counter, locked while the transaction runs
IF NOT HReadSeekFirst(Counter, Code, CNT_INVOICE, hLockWrite) THEN
	gsLastError = "counter " + CNT_INVOICE + " missing"
	HTransactionCancel()
	RESULT 0
END
nNumber = Counter.Last_Number + 1
Counter.Last_Number = nNumber
HModify(Counter)
IF NOT HReadSeekFirst(Orders, OrderID, nOrder) THEN
	gsLastError = StringBuild("order %1 not found", nOrder)
	HTransactionCancel()
	RESULT 0
END
Orders.InvoiceNum = nNumber
Orders.Status = STATUS_INVOICED
IF bFailure THEN ExceptionThrow(1, "printer offline")
HModify(Orders)
HTransactionEnd()
RESULT nNumber
CASE EXCEPTION:
	gsLastError = ExceptionInfo(errMessage)
	HTransactionCancel()
	RESULT 0

PROCEDURE DescribeCounter()
fdCounter is File Description
itm is Item Description
fdCounter..Name = "Counter"
itm..Name = "Code"
itm..Type = hItemText
itm..Size = 20
itm..KeyType = hUniqueKey
HDescribeItem(fdCounter, itm)
itm..Name = "Last_Number"
itm..Type = hItemInt
itm..KeyType = hNotAKey
HDescribeItem(fdCounter, itm)
HDescribeFile(fdCounter)

PROCEDURE NewCustomer(sName)
HReset(Customer)
Customer.Name = sName
Customer.City = "Lyon"
HAdd(Customer)
RESULT Customer.CustomerID

PROCEDURE NewOrder(nCustomer, mTotal)
HReset(Orders)
Orders.CustomerID = nCustomer
Orders.OrderDate = Today()
Orders.Total = mTotal
Orders.Status = 1
HAdd(Orders)
RESULT Orders.OrderID
