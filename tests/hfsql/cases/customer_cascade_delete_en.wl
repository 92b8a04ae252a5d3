// (method b) Business code: a customer with orders cannot be deleted (integrity); the
// cascade is done by hand in a transaction
nDupont is int = AddCustomer("Dupont")
nMartin is int = AddCustomer("Martin", "Paris")
AddOrder(nDupont, 120.5)
AddOrder(nDupont, 80)
AddOrder(nMartin, 15)
// deleted directly: refused
HReadSeekFirst(Customer, CustomerID, nDupont)
IF NOT HDelete(Customer) THEN
	IF HErrorIntegrity() THEN Trace("Integrity:", HErrorInfo(hErrFile)) ELSE Trace(HErrorInfo())
END
Trace(HNbRec(Customer), HNbRec(Orders))
// in cascade
Trace(DeleteCustomerCascade(nDupont))
Trace(HNbRec(Customer), HNbRec(Orders))
Trace(DeleteCustomerCascade(999))
FOR EACH Orders
	Trace(Orders.CustomerID = nMartin, Orders.Total)
END
// expect: Integrity:, Customer
// expect: 2, 3
// expect: 1
// expect: 1, 1
// expect: 0
// expect: 1, 15

PROCEDURE AddCustomer(sName is string, sCity is string = "Lyon") : int
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
HAdd(Customer)
RESULT Customer.CustomerID

PROCEDURE AddOrder(nCustomer is int, mTotal is currency)
HReset(Orders)
Orders.CustomerID = nCustomer
Orders.OrderDate = "20241105"
Orders.Total = mTotal
HAdd(Orders)

PROCEDURE DeleteCustomerCascade(LOCAL nCustomer is int) : boolean
IF NOT HReadSeekFirst(Customer, CustomerID, nCustomer) THEN RESULT False
HTransactionStart()
FOR EACH Orders WHERE CustomerID = nCustomer
	IF NOT HDelete(Orders) THEN
		HTransactionCancel()
		RESULT False
	END
END
IF NOT HReadSeekFirst(Customer, CustomerID, nCustomer) _OR_ NOT HDelete(Customer) THEN
	HTransactionCancel()
	RESULT False
END
HTransactionEnd()
RESULT True
