// DAYOFYEAR, WEEK and MONTHS_BETWEEN in hand-written SQL, on SQLite as on PostgreSQL,
// neither of which has them: DAYOFYEAR 1 to 366; WEEK ODBC's and SQL Server's (1 January
// in week 1, weeks start on Sunday, as DAYOFWEEK's numbering); MONTHS_BETWEEN Oracle's
// (whole for the same day or both months' last days, else (day1 - day2) / 31 added).
// Decided, INFERRED: docs/hfsql.md "HFSQL's SQL translated".
HReset(Customer)
Customer.Name = "Smith"
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20250104"       // a Saturday: 1 January 2025 is a Wednesday
HAdd(Orders)
QRY is Data Source
HExecuteSQLQuery(QRY, [
	SELECT DAYOFYEAR(OrderDate) AS nDay, WEEK(OrderDate) AS nWeek,
	       WEEK('2025-01-05') AS nSunday, DAYOFYEAR('20241231') AS nLeap,
	       WEEK('2024-12-31') AS nLast,
	       MONTHS_BETWEEN('20250315', OrderDate) AS nMonths,
	       MONTHS_BETWEEN('2025-04-04', OrderDate) AS nWhole,
	       MONTHS_BETWEEN('20250228', '20250131') AS nLastDays
	FROM Orders
])
HReadFirst(QRY)
Trace(QRY.nDay, QRY.nWeek, QRY.nSunday, QRY.nLeap, QRY.nLast)  // expect: 4, 1, 2, 366, 53
Trace(Round(QRY.nMonths, 4), Round(QRY.nWhole, 4), Round(QRY.nLastDays, 4))  // expect: 2.3548, 3, 1
