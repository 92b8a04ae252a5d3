// A date item (YYYYMMDD text) compared with CAST(... AS DATE) in hand-written SQL: the
// cast is the YYYYMMDD text on both databases, so the texts compare, in the dates' order.
// PostgreSQL refused it (text against date) where SQLite compared the texts (decided,
// INFERRED: docs/hfsql.md "HFSQL's SQL translated").
HReset(Customer)
Customer.Name = "Smith"
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
FOR EACH s OF ["20241231", "20250101", "20250115", "20250201"]
	Orders.OrderDate = s
	HAdd(Orders)
END
QRY is Data Source
Trace(HExecuteSQLQuery(QRY, [
	SELECT OrderDate FROM Orders
	WHERE OrderDate >= CAST('2025-01-01' AS DATE) AND OrderDate < CAST('20250201' AS DATE)
	ORDER BY OrderDate
]))                                                       // expect: 1
FOR EACH QRY
	Trace(QRY.OrderDate)
END
// expect: 20250101
// expect: 20250115
Trace(HExecuteSQLQuery(QRY, [
	SELECT COUNT(*) AS n FROM Orders
	WHERE CAST(OrderDate AS DATE) = CAST('2025-01-15 10:30:00' AS DATE)
]), HReadFirst(QRY), QRY.n)                                              // expect: 1, 1, 1
