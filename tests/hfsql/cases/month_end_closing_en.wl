// (method b) Month-end closing, as a WINDEV developer writes it: the turnover and the
// number of orders per month (SUM, COUNT, GROUP BY, HAVING) read by HReadFirst /
// HReadNext, then per customer above a threshold given as a parameter (FOR EACH on the
// query), cancelled orders (status 9) left out. French twin: cloture_mensuelle_fr.wl.
CONSTANT
	STATUS_CANCELLED = 9
END
nDupont is int = NewCustomer("Dupont")
nMartin is int = NewCustomer("Martin")
NewOrder(nDupont, "20250105", 120.50)
NewOrder(nDupont, "20250117", 79.50)
NewOrder(nMartin, "20250130", 300)
NewOrder(nMartin, "20250131", 1000, STATUS_CANCELLED)
NewOrder(nDupont, "20250203", 45)
NewOrder(nMartin, "20250314", 60)
NewOrder(nMartin, "20250320", 40.25)

QRY_Month is Data Source
sSQL is string = [
	SELECT LEFT(OrderDate, 6) AS Month, COUNT(*) AS NbOrders, SUM(Total) AS Turnover
	FROM Orders
	WHERE Status <> %1
	GROUP BY LEFT(OrderDate, 6)
	HAVING COUNT(*) >= 2
	ORDER BY Month
]
IF NOT HExecuteSQLQuery(QRY_Month, hQueryDefault, StringBuild(sSQL, STATUS_CANCELLED)) THEN
	Error(HErrorInfo())
END
HReadFirst(QRY_Month)
WHILE NOT HOut(QRY_Month)
	Trace(QRY_Month.Month, QRY_Month.NbOrders, QRY_Month.Turnover)
	HReadNext(QRY_Month)
END
// expect: 202501, 3, 500
// expect: 202503, 2, 100.25
Trace(HNbRec(QRY_Month))                                     // expect: 2
HCancelDeclaration(QRY_Month)

// per customer, above a threshold
QRY_Customers is Data Source
sSQL = [
	SELECT c.Name AS Customer, COUNT(o.OrderID) AS Nb, SUM(o.Total) AS Total
	FROM Customer c JOIN Orders o ON o.CustomerID = c.CustomerID
	WHERE o.Status <> {pCancelled} AND o.OrderDate BETWEEN {pStart} AND {pEnd}
	GROUP BY c.Name
	HAVING SUM(o.Total) > {pThreshold}
	ORDER BY Total DESC
]
QRY_Customers.pCancelled = STATUS_CANCELLED
QRY_Customers.pStart = "20250101"
QRY_Customers.pEnd = "20250331"
QRY_Customers.pThreshold = 200
HExecuteSQLQuery(QRY_Customers, sSQL)
mGrandTotal is currency
FOR EACH QRY_Customers
	Trace(QRY_Customers.Customer, QRY_Customers.Nb, QRY_Customers.Total)
	mGrandTotal += QRY_Customers.Total
END
// expect: Martin, 3, 400.25
// expect: Dupont, 3, 245
Trace(mGrandTotal)                                             // expect: 645.25

PROCEDURE NewCustomer(sName)
HReset(Customer)
Customer.Name = sName
HAdd(Customer)
RESULT Customer.CustomerID

PROCEDURE NewOrder(nCustomer, sDate, mTotal, nStatus = 1)
HReset(Orders)
Orders.CustomerID = nCustomer
Orders.OrderDate = sDate
Orders.Total = mTotal
Orders.Status = nStatus
HAdd(Orders)
