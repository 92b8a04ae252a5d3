// Monthly sales report, as a WINDEV developer writes it: the SQL (GROUP BY, SUM, COUNT,
// a join) given to HExecuteSQLQuery, then FOR EACH over the query
nCustomer1 is int = NewCustomer("Dupont")
nCustomer2 is int = NewCustomer("Martin")
NewOrder(nCustomer1, "20241105", 100.50)
NewOrder(nCustomer1, "20241112", 49.50)
NewOrder(nCustomer2, "20241120", 1200)
NewOrder(nCustomer2, "20241201", 75)
MonthlyReport(2024, 11)
// expect: Sales 11/2024 (2 customers)
// expect: Martin, 1, 1200
// expect: Dupont, 2, 150
// expect: Total: 1350
MonthlyReport(2024, 12)
// expect: Sales 12/2024 (1 customers)
// expect: Martin, 1, 75
// expect: Total: 75
monthlyreport(2025, 1)
// expect: Sales 01/2025 (0 customers)
// expect: Total: 0

PROCEDURE NewCustomer(sName)
HReset(Customer)
Customer.Name = sName
HAdd(Customer)
RESULT Customer.CustomerID

PROCEDURE NewOrder(nCustomerID, dDate is Date, mTotal is currency)
HReset(Orders)
Orders.CustomerID = nCustomerID
Orders.OrderDate = dDate
Orders.Total = mTotal
HAdd(Orders)

PROCEDURE MonthlyReport(nYear is int, nMonth is int)
dStart is Date = StringBuild("%1%2", nYear, NumToString(nMonth, "02d")) + "01"
dEnd is Date = LastDayOfMonth(nYear, nMonth)
QRY_Sales is Data Source
sSQL is string = [
	SELECT Customer.Name AS CustomerName, COUNT(*) AS NbOrders, SUM(Orders.Total) AS TotalSales
	FROM Orders, Customer
	WHERE Orders.CustomerID = Customer.CustomerID
	AND Orders.OrderDate BETWEEN '%1' AND '%2'
	GROUP BY Customer.Name
	ORDER BY TotalSales DESC
]
sSQL = StringBuild(sSQL, DateToString(dStart, "YYYYMMDD"), DateToString(dEnd, "YYYYMMDD"))
IF NOT HExecuteSQLQuery(QRY_Sales, hQueryDefault, sSQL) THEN
	Error("SQL error", HErrorInfo())
	RETURN
END
mGrandTotal is currency = 0
Trace("Sales " + NumToString(nMonth, "02d") + "/" + nYear + " (" + HNbRec(QRY_Sales) + " customers)")
FOR EACH QRY_Sales
	Trace(QRY_Sales.CustomerName, QRY_Sales.NbOrders, QRY_Sales.TotalSales)
	mGrandTotal += QRY_Sales.TotalSales
END
Trace("Total: " + mGrandTotal)
HCancelDeclaration(QRY_Sales)
