// (method (b) of 5 December evening: business code as it is written, on both
// databases; Orders..Name stopped with "'name' is not an item")
// Order management, written as a WINDEV developer writes it (English twin)
CONSTANT
	STATUS_NEW = 1
	STATUS_SHIPPED = 2
END

gnErrors is int = 0

nDupont is int = AddCustomer("Dupont")
nMartin is int = AddCustomer("Martin", "Lyon", 150.5)
AddCustomer("Élodie Noël", "Besançon")
AddCustomer("Dupont")
PlaceOrder(nDupont, 100.10)
PlaceOrder(nDupont, 20.20)
PlaceOrder(nMartin, 5)
Trace("Dupont's total: " + CustomerTotal(nDupont))
Trace("Shipped: " + ShipAll("DUPONT"))
Trace(ShipAll("Nobody"))
FOR EACH Orders ON OrderID
	Trace(Orders.OrderID, Orders.CustomerID, Orders.Total, Orders.Status)
END
dsQuery is Data Source
IF HExecuteSQLQuery(dsQuery, hQueryDefault, "SELECT Name, City FROM Customer WHERE City = 'Lyon'") THEN
	FOR EACH dsQuery
		Trace(dsQuery.Name + " (" + dsQuery.City + ")")
	END
END
HFilter(Customer, "City = 'Paris'")
HReadFirst(Customer, Name)
WHILE NOT HOut(Customer)
	Trace("From Paris: " + Customer.Name)
	HReadNext(Customer, Name)
END
HDeactivateFilter(Customer)
Trace(HNbRec(Customer), gnErrors)
Trace(Customer..PhysicalName <> "", Orders..Name)
// expect: Dupont's total: 120.3
// expect: Shipped: 2
// expect: Unknown customer: Nobody
// expect: 0
// expect: 1, 1, 100.1, 2
// expect: 2, 1, 20.2, 2
// expect: 3, 2, 5, 1
// expect: Martin (Lyon)
// expect: From Paris: Dupont
// expect: From Paris: Dupont
// expect: 4, 0
// expect: 1, Orders

PROCEDURE AddCustomer(LOCAL sName is string, LOCAL sCity is string = "Paris", mBalance is currency = 0) : int
	HReset(Customer)
	Customer.Name = sName
	Customer.City = sCity
	Customer.Balance = mBalance
	IF NOT HAdd(Customer) THEN
		IF HErrorDuplicates() THEN
			Trace("Duplicate: " + sName)
		ELSE
			Trace("Error: " + HErrorInfo())
		END
		gnErrors++
		RESULT 0
	END
	RESULT Customer.CustomerID

PROCEDURE PlaceOrder(nCustomerID is int, mTotal is currency)
	HReset(Orders)
	Orders.CustomerID = nCustomerID
	Orders.OrderDate = DateSys()
	Orders.Total = mTotal
	Orders.Status = STATUS_NEW
	HAdd(Orders)
	RESULT Orders.OrderID

PROCEDURE CustomerTotal(nID is int) : currency
	mTotal is currency = 0
	FOR EACH Orders WHERE CustomerID = nID
		mTotal += Orders.Total
	END
	RESULT mTotal

PROCEDURE ShipAll(sName is string)
	nCount is int
	HReadSeekFirst(Customer, Name, sName)
	IF HFound(Customer) = False THEN
		Trace("Unknown customer: " + sName)
		RESULT 0
	END
	HTransactionStart()
	HReadSeekFirst(Orders, CustomerID, Customer.CustomerID)
	WHILE NOT HOut(Orders) AND Orders.CustomerID = Customer.CustomerID
		Orders.Status = STATUS_SHIPPED
		HModify(Orders)
		nCount++
		HReadNext(Orders, CustomerID)
	END
	HTransactionEnd()
	RESULT nCount
