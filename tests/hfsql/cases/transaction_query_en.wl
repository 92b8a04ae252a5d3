// Transactions, SQL queries on a Data Source, NULL and memos
HReset(Customer)
Customer.Name = "Alice"
Customer.Notes = "first line" + CR + "second line"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Bob"
HAdd(Customer)
// a transaction committed
HTransactionStart()
Trace(HTransactionInProgress())                  // expect: 1
AddOrder(1, "20240105", 12.25)
AddOrder(1, "20240106", 7.75)
HTransactionEnd()
Trace(HTransactionInProgress(), HNbRec(Orders))  // expect: 0, 2
// a transaction cancelled after an error: nothing of it remains
HTransactionStart()
AddOrder(2, "20240107", 100)
IF NOT AddOrder(42, "20240108", 5) THEN
	Trace("integrity:", HErrorIntegrity())       // expect: integrity:, 1
	HTransactionCancel()
END
Trace(HNbRec(Orders))                            // expect: 2
Trace(HTransactionEnd(), HError() <> 0)          // expect: 0, 1
// SQL query into a Data Source variable
ds is Data Source
HExecuteSQLQuery(ds, hQueryDefault, "SELECT CustomerID, SUM(Total) AS Amount, COUNT(*) AS N FROM orders GROUP BY CustomerID")
FOR EACH ds
	Trace(ds.CustomerID, ds.Amount, ds.N)      // expect: 1, 20, 2
END
// a query with a :parameter, browsed with HReadFirst/HReadNext
q is Data Source
q.minTotal = 10
HExecuteSQLQuery(q, "SELECT OrderDate, Total FROM orders WHERE Total > :minTotal ORDER BY OrderDate")
HReadFirst(q)
WHILE NOT HOut(q)
	Trace(q.OrderDate, q.Total)                  // expect: 20240105, 12.25
	HReadNext(q)
END
HCancelDeclaration(q)
// a named query
HExecuteSQLQuery("REQ_Names", "SELECT Name FROM customer ORDER BY Name DESC")
HReadFirst(REQ_Names)
Trace(REQ_Names.Name)                            // expect: Bob
Trace(HExecuteSQLQuery(ds, "SELECT nothing FROM nowhere"), HError() <> 0)   // expect: 0, 1
// NULL items and memos
HReadSeekFirst(Customer, Name, "Alice")
Trace(Customer.Email = Null, Length(Customer.Notes))   // expect: 1, 23
Customer.Email = "alice@example.com"
HModify(Customer)
HReadSeekFirst(Customer, Name, "Alice")
Trace(Customer.Email)                            // expect: alice@example.com
Customer.Email = Null
HModify(Customer)
HReadFirst(Customer, Email)
Trace(Customer.Name, Customer.Email = Null)      // expect: Alice, 1
// an order with NULL invoice number, then one set
HReadFirst(Orders, OrderID)
Trace(Orders.InvoiceNum = Null)                  // expect: 1
Orders.InvoiceNum = 77
HModify(Orders)
HReadSeekFirst(Orders, OrderID, Orders.OrderID)
Trace(Orders.InvoiceNum)                         // expect: 77

PROCEDURE AddOrder(nCustomer, sDate, mTotal)
HReset(Orders)
Orders.CustomerID = nCustomer
Orders.OrderDate = sDate
Orders.Total = mTotal
RESULT HAdd(Orders)
