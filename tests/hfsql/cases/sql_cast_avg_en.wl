// CAST to a number or a sized text and AVG in hand-written SQL give the same values on
// SQLite and PostgreSQL (docs/hfsql.md, "CAST and AVG"; decided, INFERRED). Before,
// PostgreSQL rounded CAST(10.555 AS INTEGER) to 11, wrote CAST(Total AS VARCHAR(20)) as
// "10.555000", padded CHAR(n), and gave AVG 20 decimals read as a currency.
HReset(Customer)
Customer.Name = "Dupont"
Customer.VIP = True
HAdd(Customer)
FOR EACH mAmount OF [10.555, 13.555, 0.4, -2.5]
	HReset(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.OrderDate = "20241105"
	Orders.Total = mAmount
	HAdd(Orders)
END
QRY is Data Source
// a number cast to an integer keeps its whole part, as an integer variable does
HExecuteSQLQuery(QRY, [
	SELECT CAST(Total AS INTEGER) AS nWhole, CAST(Total AS VARCHAR(20)) AS sText,
		CAST(Total AS CHAR(5)) AS sFive, CAST(Total AS VARCHAR(3)) AS sThree
	FROM Orders ORDER BY Total
])
FOR EACH QRY
	Trace(QRY.nWhole, "[" + QRY.sText + "]", "[" + QRY.sFive + "]", QRY.sThree)
END
// expect: -2, [-2.5], [-2.5], -2.
// expect: 0, [0.4], [0.4], 0.4
// expect: 10, [10.555], [10.55], 10.
// expect: 13, [13.555], [13.55], 13.
nWhole is int = 10.555
Trace(nWhole)                                                   // expect: 10
HExecuteSQLQuery(QRY, "SELECT CAST(10.555 AS INTEGER) AS a, CAST(-2.5 AS INT) AS b, CAST('12' AS INTEGER) AS c")
HReadFirst(QRY)
Trace(QRY.a, QRY.b, QRY.c)                                      // expect: 10, -2, 12
// other operands are cast as written: a boolean item, a text item, an identifier
HExecuteSQLQuery(QRY, "SELECT CAST(VIP AS INTEGER) AS v, CAST(Name AS VARCHAR(3)) AS n, CAST(CustomerID AS CHAR(4)) AS i FROM Customer")
HReadFirst(QRY)
Trace(QRY.v, QRY.n, "[" + QRY.i + "]")                          // expect: 1, Dup, [1]
// a parameter
QRY.pAmount = 7.9
HExecuteSQLQuery(QRY, hQueryDefault, "SELECT CAST({pAmount} AS INTEGER) AS x FROM Customer")
HReadFirst(QRY)
Trace(QRY.x)                                                    // expect: 7
// AVG is a real on both databases
FOR i = 1 TO 7
	HReset(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.OrderDate = "20241106"
	Orders.Total = 0.1
	HAdd(Orders)
END
HExecuteSQLQuery(QRY, "SELECT AVG(Total) AS rMean, CAST(AVG(Total) AS INTEGER) AS nMean, COUNT(*) AS n FROM Orders WHERE OrderDate = '20241106' OR Total = 0.4")
HReadFirst(QRY)
Trace(QRY.rMean, TypeVar(QRY.rMean) = wlReal, QRY.nMean, QRY.n)  // expect: 0.1375, 1, 0, 8
HExecuteSQLQuery(QRY, "SELECT AVG(Total) AS rMean FROM Orders WHERE OrderDate = '20241106' OR Total = 0.4 OR Total = 13.555")
HReadFirst(QRY)
Trace(QRY.rMean)                                                // expect: 1.62833333333333
