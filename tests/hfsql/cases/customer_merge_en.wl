// (method b) Merging two duplicate customer records, as a WINDEV developer writes it:
// the duplicate's orders move to the customer kept (FOR EACH ... WHERE on the key being
// changed), its balance and notes are taken over, then the duplicate is deleted; all in
// a transaction. Deleting the duplicate before its orders moved is refused by the
// integrity rule (the Orders.CustomerID link). French twin: fusion_clients_fr.wl.
nKept is int = NewCustomer("DUPONT Jean", 150.5, "loyal customer")
nDuplicate is int = NewCustomer("Dupont jean", 20, "typed twice at the fair")
nOther is int = NewCustomer("Martin", 0, "")
FOR i = 1 TO 3
	NewOrder(nDuplicate, "2025010" + i, 10 * i)
END
NewOrder(nKept, "20241220", 99)
NewOrder(nOther, "20250102", 5)

// the integrity rule refuses to delete a customer who has orders
HReadSeekFirst(Customer, CustomerID, nDuplicate)
IF NOT HDelete(Customer) THEN
	Trace("refused", HErrorIntegrity())                      // expect: refused, 1
END

IF MergeCustomers(nKept, nDuplicate) THEN Trace("merged")    // expect: merged
Trace(MergeCustomers(nKept, nKept))                           // expect: 0

HReadSeekFirst(Customer, CustomerID, nKept)
Trace(Customer.Name, Customer.Balance)                        // expect: DUPONT Jean, 170.5
Trace(Customer.Notes)
// expect: loyal customer
// expect: typed twice at the fair
Trace(HReadSeekFirst(Customer, CustomerID, nDuplicate))      // expect: 0
nOrders is int
mTotal is currency
FOR EACH Orders WHERE CustomerID = nKept
	nOrders++
	mTotal += Orders.Total
END
Trace(nOrders, mTotal)                                        // expect: 4, 159
Trace(HNbRec(Customer), HNbRec(Orders))                       // expect: 2, 5

PROCEDURE MergeCustomers(LOCAL nKeep is int, LOCAL nDouble is int) : boolean
IF nKeep = nDouble THEN RESULT False
IF NOT HReadSeekFirst(Customer, CustomerID, nDouble) THEN RESULT False
mBalance is currency = Customer.Balance
sNotes is string = Customer.Notes
HTransactionStart()
// the duplicate's orders move to the customer kept
FOR EACH Orders WHERE CustomerID = nDouble
	Orders.CustomerID = nKeep
	IF NOT HModify(Orders) THEN
		HTransactionCancel()
		RESULT False
	END
END
HReadSeekFirst(Customer, CustomerID, nDouble)
HDelete(Customer)
HReadSeekFirst(Customer, CustomerID, nKeep)
Customer.Balance += mBalance
IF sNotes <> "" THEN Customer.Notes += CR + sNotes
HModify(Customer)
HTransactionEnd()
RESULT True
CASE ERROR:
	HTransactionCancel()
	RESULT False

PROCEDURE NewCustomer(sName, mBalance, sNotes)
HReset(Customer)
Customer.Name = sName
Customer.City = "Lyon"
Customer.Balance = mBalance
Customer.Notes = sNotes
HAdd(Customer)
RESULT Customer.CustomerID

PROCEDURE NewOrder(nCustomer, sDate, mTotal)
HReset(Orders)
Orders.CustomerID = nCustomer
Orders.OrderDate = sDate
Orders.Total = mTotal
HAdd(Orders)
