// Date arithmetic in hand-written SQL, the same on SQLite and PostgreSQL: SQL Server's
// DATEADD / DATEDIFF, Oracle's ADD_MONTHS / LAST_DAY (HFSQL's SQL accepts both
// dialects' syntax), and OrderDate + 30 on a date item. SQLite gave 20241160 for
// '20241130' + 30 and knew no DATEADD; PostgreSQL refused text + integer. A computed
// date is YYYYMMDD text, as a date item. docs/hfsql.md "HFSQL's SQL translated"
// (decided, INFERRED).
HReset(Customer)
Customer.Name = "Dupont"
HAdd(Customer)
FOR EACH sDate OF ["20241130", "20250131", ""]
	HReset(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.OrderDate = sDate
	Orders.Total = 100
	HAdd(Orders)
END
QRY is Data Source
HExecuteSQLQuery(QRY, [
	SELECT OrderDate, OrderDate + 30 AS dDue, o.OrderDate - 1 AS dEve,
	       DATEADD(day, 10, OrderDate) AS dPlus10, DATEADD(month, 1, OrderDate) AS dNextMonth,
	       DATEADD(yy, -1, OrderDate) AS dLastYear, ADD_MONTHS(OrderDate, 13) AS d13,
	       LAST_DAY(OrderDate) AS dEnd, DATEDIFF(day, OrderDate, '20250301') AS nDays,
	       DATEDIFF(month, OrderDate, '2025-03-01') AS nMonths,
	       DATEDIFF('20250301', OrderDate) AS nDays2
	FROM Orders o
	ORDER BY OrderID
])
// (the empty date gives empty results)
FOR EACH QRY
	Trace(QRY.OrderDate, QRY.dDue, QRY.dEve, QRY.dPlus10, QRY.dNextMonth, QRY.dLastYear, ...
		QRY.d13, QRY.dEnd, QRY.nDays, QRY.nMonths, QRY.nDays2, "|")
END
// expect: 20241130, 20241230, 20241129, 20241210, 20241230, 20231130, 20251230, 20241130, 91, 4, 91, |
// expect: 20250131, 20250302, 20250130, 20250210, 20250228, 20240131, 20260228, 20250131, 29, 2, 29, |
// expect: , , , , , , , , , , , |
// a computed date read into a Date variable; a filter on the due date, with a parameter
QRY2 is Data Source
QRY2.pDays = 30
HExecuteSQLQuery(QRY2, [
	SELECT COUNT(*) AS n FROM Orders
	WHERE OrderDate + :pDays > '20250101' AND OrderDate <> ''
])
HReadFirst(QRY2)
Trace(QRY2.n)                                             // expect: 1
HExecuteSQLQuery(QRY, "SELECT DATEADD(wk, 2, OrderDate) AS d FROM Orders WHERE OrderID = 1")
HReadFirst(QRY)
dDue is Date = QRY.d
Trace(dDue, dDue..Day, dDue..Year)                         // expect: 20241214, 14, 2024
// a '+' between other things is left alone
HExecuteSQLQuery(QRY, "SELECT Total + 30 AS t, 'OrderDate + 30' AS s FROM Orders WHERE OrderID = 1")
HReadFirst(QRY)
Trace(QRY.t, QRY.s)                                       // expect: 130, OrderDate + 30
// CURRENT_DATE is YYYYMMDD text on both, compared with a date item and moved by days
// (PostgreSQL refused OrderDate < CURRENT_DATE: text against date)
HReset(Orders)
FOR EACH n OF [-40, -10, 0]
	Orders.CustomerID = Customer.CustomerID
	Orders.OrderDate = Today() + n
	HAdd(Orders)
END
HExecuteSQLQuery(QRY, "SELECT COUNT(*) AS n FROM Orders WHERE OrderDate < CURRENT_DATE AND OrderDate >= CURRENT_DATE - 30")
HReadFirst(QRY)
Trace(QRY.n)                                              // expect: 1
HExecuteSQLQuery(QRY, "SELECT CURRENT_DATE AS d, CURRENT_DATE + 1 AS d1 FROM Customer")
HReadFirst(QRY)
Trace(QRY.d = Today(), QRY.d1 = Today() + 1)              // expect: 1, 1
// DAYOFWEEK (1 for Sunday), SYSDATE, GETDATE() and NOW(): the moment's YYYYMMDDHHMMSSmmm text
HExecuteSQLQuery(QRY, "SELECT DAYOFWEEK('20250105') AS w, DAYOFWEEK('2025-01-06') AS w2, LEFT(SYSDATE, 8) AS s, LEFT(GETDATE(), 8) AS g, LENGTH(NOW()) AS n, 'NOW()' AS t FROM Customer")
HReadFirst(QRY)
Trace(QRY.w, QRY.w2, QRY.s = Today(), QRY.g = Today(), QRY.n, QRY.t)   // expect: 1, 2, 1, 1, 17, NOW()
