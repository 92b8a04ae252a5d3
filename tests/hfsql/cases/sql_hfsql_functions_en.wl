// HFSQL's SQL functions that SQLite or PostgreSQL lack, as WINDEV code writes them in
// HExecuteSQLQuery (each stopped the query: "no such function: YEAR", "function
// len(character varying) does not exist", 'near "(": syntax error' for LEFT on SQLite...)
HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Lyon"
HAdd(Customer)
FOR EACH dDate OF ["20241105", "20241120", "20241201"]
	HReset(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.OrderDate = dDate
	Orders.Total = 10
	HAdd(Orders)
END
// sales by month
QRY is Data Source
HExecuteSQLQuery(QRY, [
	SELECT YEAR(OrderDate) AS nYear, MONTH(OrderDate) AS nMonth, SUM(Total) AS mTotal
	FROM Orders
	WHERE YEAR(OrderDate) = 2024
	GROUP BY YEAR(OrderDate), MONTH(OrderDate)
	ORDER BY 1, 2
])
FOR EACH QRY
	Trace(QRY.nYear, QRY.nMonth, QRY.mTotal)
END
// expect: 2024, 11, 20
// expect: 2024, 12, 10
arrSQL is array of strings = [...
	"SELECT DAY(MIN(OrderDate)) AS v FROM Orders", ...
	"SELECT LEN(Name) AS v FROM Customer", ...
	"SELECT LEFT(Name, 3) AS v FROM Customer", ...
	"SELECT RIGHT(Name, 2) AS v FROM Customer", ...
	"SELECT LEN(LEFT(City, 2)) AS v FROM Customer", ...
	"SELECT IFNULL(NULL, 'x') AS v FROM Customer", ...
	"SELECT NVL(NULL, 'y') AS v FROM Customer", ...
	"SELECT CONCAT(Name, ' - ', City) AS v FROM Customer", ...
	"SELECT 'YEAR(x)' AS v FROM Customer" ...
]
FOR EACH sSQL, i OF arrSQL
	QRY2 is Data Source
	IF HExecuteSQLQuery(QRY2, sSQL) THEN
		HReadFirst(QRY2)
		Trace(i, QRY2.v)
	ELSE
		Trace(i, HErrorInfo())
	END
END
// expect: 1, 5
// expect: 2, 6
// expect: 3, Dup
// expect: 4, nt
// expect: 5, 2
// expect: 6, x
// expect: 7, y
// expect: 8, Dupont - Lyon
// expect: 9, YEAR(x)
