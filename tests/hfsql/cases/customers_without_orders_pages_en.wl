// (method b) Business code: customers without orders (LEFT JOIN), a status that archives
// and HFilter, a query with a parameter, pages of two
FOR EACH sName OF ["Dupont", "Martin", "Durand", "Lefèvre", "Petit"]
	HReset(Customer)
	Customer.Name = sName
	Customer.City = (sName = "Martin" ? "Paris" ELSE "Lyon")
	HAdd(Customer)
	IF sName IN ("Dupont", "Petit") THEN
		HReset(Orders)
		Orders.CustomerID = Customer.CustomerID
		Orders.OrderDate = "20241105"
		Orders.Total = 50
		Orders.Status = 1
		HAdd(Orders)
	END
END
QRY_NoOrder is Data Source
sSQL is string = [
	SELECT c.Name, COUNT(o.OrderID) AS nOrders
	FROM Customer c LEFT JOIN Orders o ON o.CustomerID = c.CustomerID
	GROUP BY c.Name
	HAVING COUNT(o.OrderID) = 0
	ORDER BY c.Name
]
IF NOT HExecuteSQLQuery(QRY_NoOrder, hQueryDefault, sSQL) THEN
	Error(HErrorInfo())
	RETURN
END
FOR EACH QRY_NoOrder
	Trace(QRY_NoOrder.Name, QRY_NoOrder.nOrders)
END
// archived: Status = 9 for the cancelled orders, only the active ones are shown
FOR EACH Orders
	IF Orders.Total >= 50 THEN
		Orders.Status = 9
		HModify(Orders)
	END
END
HFilter(Orders, "Status <> 9")
nActive is int
HReadFirst(Orders)
WHILE NOT HOut(Orders)
	nActive++
	HReadNext(Orders)
END
HDeactivateFilter(Orders)
Trace("Active:", nActive, "All:", HNbRec(Orders))
// a parameter
QRY_City is Data Source
QRY_City.pCity = "lyon"
HExecuteSQLQuery(QRY_City, hQueryDefault, "SELECT Name FROM Customer WHERE City = {pCity} ORDER BY Name")
Trace(HNbRec(QRY_City))
// pages of two: the last page is short
nPerPage is int = 2
nPage is int = 1
LOOP
	QRY_Page is Data Source
	HExecuteSQLQuery(QRY_Page, hQueryDefault, StringBuild("SELECT Name FROM Customer ORDER BY Name LIMIT %1, %2", (nPage - 1) * nPerPage, nPerPage))
	IF HNbRec(QRY_Page) = 0 THEN BREAK
	sLine is string = "Page " + nPage + ":"
	FOR EACH QRY_Page
		sLine += " " + QRY_Page.Name
	END
	Trace(sLine)
	nPage++
END
// expect: Durand, 0
// expect: Lefèvre, 0
// expect: Martin, 0
// expect: Active:, 0, All:, 2
// expect: 4
// expect: Page 1: Dupont Durand
// expect: Page 2: Lefèvre Martin
// expect: Page 3: Petit
