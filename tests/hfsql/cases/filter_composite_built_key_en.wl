// Business code: a customer's orders through the composite key CustomerDate. The filter
// written as HBuildKeyValue's help writes it, HFilter(F, Key, HBuildKeyValue(F, Key, n,
// hMinVal), HBuildKeyValue(F, Key, n, hMaxVal)), let no order through: the empty
// component left before hMaxVal (the date) was compared with "". The mark now stands
// for every value of that component (hfsql/keyvalues.py key_parts). Then a seek on the
// composite key, a query with Date parameters, GROUP BY ... HAVING, SWITCH on the total.
HReset(Customer)
Customer.Name = "Smith"
HAdd(Customer)
nSmith is int = Customer.CustomerID
HReset(Customer)
Customer.Name = "Jones"
HAdd(Customer)
nJones is int = Customer.CustomerID
FOR EACH sLine OF ["1;20250105;80", "1;20250206;45.5", "2;20250110;300", "1;20241220;10"]
	HReset(Orders)
	Orders.CustomerID = (Val(ExtractString(sLine, 1, ";")) = 1 ? nSmith ELSE nJones)
	Orders.OrderDate = ExtractString(sLine, 2, ";")
	Orders.Total = Val(ExtractString(sLine, 3, ";"))
	HAdd(Orders)
END
HFilter(Orders, CustomerDate, HBuildKeyValue(Orders, CustomerDate, nSmith, hMinVal), HBuildKeyValue(Orders, CustomerDate, nSmith, hMaxVal))
HReadFirst(Orders, CustomerDate)
WHILE NOT HOut(Orders)
	Trace(Orders.CustomerID = nSmith, Orders.OrderDate, Orders.Total)
	HReadNext(Orders, CustomerDate)
END
HDeactivateFilter(Orders)
// expect: 1, 20241220, 10
// expect: 1, 20250105, 80
// expect: 1, 20250206, 45.5
IF HReadSeekFirst(Orders, CustomerDate, [nSmith, "20250105"]) THEN Trace("found", Orders.Total)   // expect: found, 80
HReadSeek(Orders, CustomerDate, [nJones])
Trace(HFound(Orders), Orders.Total)                       // expect: 1, 300
dStart is Date = "20250101"
dEnd is Date = "20250131"
QRY is Data Source
QRY.pStart = dStart
QRY.pEnd = dEnd
HExecuteSQLQuery(QRY, hQueryDefault, "SELECT COUNT(*) AS n, SUM(Total) AS t FROM Orders WHERE OrderDate BETWEEN {pStart} AND {pEnd}")
HReadFirst(QRY)
Trace(QRY.n, QRY.t)                                       // expect: 2, 380
QRY2 is Data Source
HExecuteSQLQuery(QRY2, hQueryDefault, "SELECT CustomerID, COUNT(*) AS n FROM Orders GROUP BY CustomerID HAVING COUNT(*) > 1")
FOR EACH QRY2
	Trace(QRY2.CustomerID = nSmith, QRY2.n)
END
// expect: 1, 3
FOR EACH Orders ON OrderDate FromEnd
	SWITCH Orders.Total
		CASE < 50 : sSize is string = "small"
		CASE 50 TO 100 : sSize = "medium"
		OTHER CASE : sSize = "large"
	END
	Trace(Orders.OrderDate, sSize)
END
// expect: 20250206, small
// expect: 20250110, large
// expect: 20250105, medium
// expect: 20241220, small
Trace(HNbRec(Orders, hStateActive))                       // expect: 4
