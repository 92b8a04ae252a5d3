// EXTRACT(HOUR | MINUTE | SECOND FROM x) and DATEPART(hour, x) in hand-written SQL, the
// same on SQLite and PostgreSQL (docs/hfsql.md, "HFSQL's SQL translated"; decided,
// INFERRED): SQLite refused EXTRACT ('near "FROM": syntax error'), PostgreSQL any text
// ("function pg_catalog.extract(unknown, character varying) does not exist").
HReset(Customer)
Customer.Name = "Dupont"
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20241105"
HAdd(Orders)
QRY is Data Source
// a date-time (more than 8 digits): its time; a time (8 digits or fewer); a date item: 0
HExecuteSQLQuery(QRY, [
	SELECT EXTRACT(HOUR FROM '2024-01-01 10:20:30') AS nHour,
		EXTRACT(MINUTE FROM '2024-01-01T10:20:30') AS nMinute,
		DATEPART(ss, '2024-01-01 10:20:30') AS nSecond,
		EXTRACT(HOUR FROM '08:15') AS nHour2, EXTRACT(minute FROM '081559') AS nMinute2,
		DATEPART(hour, OrderDate) AS nMidnight, EXTRACT(YEAR FROM OrderDate) AS nYear
	FROM Orders
])
HReadFirst(QRY)
Trace(QRY.nHour, QRY.nMinute, QRY.nSecond, QRY.nHour2, QRY.nMinute2, QRY.nMidnight, QRY.nYear)
// expect: 10, 20, 30, 8, 15, 0, 2024
// the hour of the moment the query runs
HExecuteSQLQuery(QRY, "SELECT EXTRACT(HOUR FROM CURRENT_TIMESTAMP) AS nNow")
HReadFirst(QRY)
Trace(QRY.nNow >= 0 AND QRY.nNow <= 23)                                // expect: 1
// the seconds since 1970 are refused in words
Trace(HExecuteSQLQuery(QRY, "SELECT EXTRACT(EPOCH FROM OrderDate) AS n FROM Orders"))  // expect: 0
Trace(HErrorInfo())
// expect: EXTRACT(EPOCH FROM OrderDate): the seconds since 1970 are not computed in a query (they depend on a time zone the item does not hold); read the item and compute them in WLanguage (DateTimeDifference...).
