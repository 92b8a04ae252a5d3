// Invoicing orders, written as a WINDEV developer writes it (method (b), 5 December
// evening, on both databases; French twin facturation_fr.wl). A text key longer than
// its item was never found: it is cut to the item's size, as a write cuts it, and
// sought exactly.
CONSTANT
	STATUS_NEW = 1
	STATUS_INVOICED = 3
END

gnLastInvoice is int = 1000

nEmile is int = NewCustomer("Émile Noël", "Évry")
nEric is int = NewCustomer("Eric", "evry")
nZoe is int = NewCustomer("zoé", "Lyon")
NewCustomer("Ève", "Lyon")
NewOrder(nEmile, "20261201", 100.10)
NewOrder(nEmile, "20261203", 20.20)
NewOrder(nEric, "20261202", 5)
NewOrder(nZoe, "20261201", 42)

// accented keys sort: "É" goes with the "E"s
FOR EACH Customer ON Name
	Trace(Customer.Name)
END
IF HReadSeekFirst(Customer, City, "EVRY") THEN Trace("Évry found: " + Customer.Name)

// a text key longer than its item (City: 30 characters)
sLongCity is string = "Évry" + Repeat(" ", 40) + "-Courcouronnes"
Trace(HReadSeekFirst(Customer, City, sLongCity), HFound(Customer))
Trace(HReadSeekFirst(Customer, City, "Évry" + Repeat("Z", 30)))

Trace("Invoices: " + InvoiceAll())
FOR EACH Orders ON OrderID
	IF Orders.InvoiceNum..Null THEN
		Trace(Orders.OrderID, "no invoice")
	ELSE
		Trace(Orders.OrderID, Orders.InvoiceNum, Orders.Status)
	END
END
Turnover(STATUS_INVOICED)
Trace(Turnover(STATUS_NEW))
// expect: Émile Noël
// expect: Eric
// expect: Ève
// expect: zoé
// expect: Évry found: Émile Noël
// expect: 1, 1
// expect: 0
// expect: Invoices: 2
// expect: 1, 1001, 3
// expect: 2, 1001, 3
// expect: 3, 1002, 3
// expect: 4, no invoice
// expect: Émile Noël: 2 orders, 120.3
// expect: Eric: 1 orders, 5
// expect: zoé: 1 orders, 42
// expect: 1

PROCEDURE NewCustomer(LOCAL sName is string, LOCAL sCity is string = "Paris") : int
	HReset(Customer)
	Customer.Name = sName
	Customer.City = sCity
	Customer.Email = Null
	IF NOT HAdd(Customer) THEN
		Trace("Error: " + HErrorInfo())
		RESULT 0
	END
	RESULT Customer.CustomerID

PROCEDURE NewOrder(nCustomer is int, dDate is Date, mTotal is currency)
	HReset(Orders)
	Orders.CustomerID = nCustomer
	Orders.OrderDate = dDate
	Orders.Total = mTotal
	Orders.Status = STATUS_NEW
	Orders.InvoiceNum..Null = True
	HAdd(Orders)

// one invoice per customer, for their new orders, except Lyon's (past the deadline)
PROCEDURE InvoiceAll() : int
	nCount is int = 0
	FOR EACH Customer ON CustomerID
		IF Customer.City ~= "lyon" THEN CONTINUE
		nInvoice is int = 0
		// generic search on the first part of the composite key
		HReadSeek(Orders, CustomerDate, HBuildKeyValue(Orders, CustomerDate, Customer.CustomerID))
		WHILE HFound(Orders) AND Orders.CustomerID = Customer.CustomerID
			IF Orders.Status = STATUS_NEW THEN
				IF nInvoice = 0 THEN
					gnLastInvoice++
					nInvoice = gnLastInvoice
					nCount++
				END
				nPos is int = HSavePosition(Orders, CustomerDate)
				Invoice(Orders.OrderID, nInvoice)
				HRestorePosition(nPos)
			END
			HReadNext(Orders, CustomerDate)
			IF HOut(Orders) THEN BREAK
		END
	END
	RESULT nCount

// writes the invoice number (another read of the file meanwhile)
PROCEDURE Invoice(nOrder is int, nInvoice is int)
	IF HReadSeekFirst(Orders, OrderID, nOrder) THEN
		Orders.InvoiceNum = nInvoice
		Orders.Status = STATUS_INVOICED
		HModify(Orders)
	END

PROCEDURE Turnover(nStatus is int) : int
	dsQuery is Data Source
	dsQuery.pStatus = nStatus
	IF NOT HExecuteSQLQuery(dsQuery, hQueryDefault, ...
			"SELECT c.Name AS CustName, COUNT(*) AS NbOrders, SUM(o.Total) AS Total " + ...
			"FROM Orders o INNER JOIN Customer c ON c.CustomerID = o.CustomerID " + ...
			"WHERE o.Status = {pStatus} GROUP BY c.Name ORDER BY c.Name") THEN
		Trace(HErrorInfo())
		RESULT -1
	END
	nRows is int = 0
	For Each dsQuery
		Trace(dsQuery.CustName + ": " + dsQuery.NbOrders + " orders, " + dsQuery.Total)
		nRows++
	End
	RESULT nRows
