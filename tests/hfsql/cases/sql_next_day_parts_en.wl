// NEXT_DAY (Oracle's), EOMONTH (SQL Server's), DATEPART, EXTRACT, QUARTER and DAYOFMONTH
// in hand-written SQL, the same on SQLite and PostgreSQL: neither has the first four on a
// date item's YYYYMMDD text (SQLite: "no such function: NEXT_DAY", a syntax error at
// EXTRACT's FROM; PostgreSQL: "function next_day(character varying, unknown) does not
// exist"). NEXT_DAY: the first day after the date that is the day named (English or
// French, whole or its first three letters, any case; another text gives NULL);
// EOMONTH: the month's last day, n months on. Decided, INFERRED: docs/hfsql.md
// "HFSQL's SQL translated".
HReset(Customer)
Customer.Name = "Smith"
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20250104"       // a Saturday
HAdd(Orders)
QRY is Data Source
HExecuteSQLQuery(QRY, [
	SELECT NEXT_DAY(OrderDate, 'MONDAY') AS dDelivery, NEXT_DAY(OrderDate, 'sat') AS dSat,
	       NEXT_DAY('2025-01-31', 'Friday') AS dFri, NEXT_DAY(OrderDate, 'lundi') AS dLundi,
	       NEXT_DAY(OrderDate, 'someday') AS dNone,
	       EOMONTH(OrderDate) AS dEnd, EOMONTH(OrderDate, 1) AS dNext, EOMONTH('20250331', -1) AS dBefore
	FROM Orders
])
HReadFirst(QRY)
Trace(QRY.dDelivery, QRY.dSat, QRY.dFri, QRY.dLundi, "[" + QRY.dNone + "]")  // expect: 20250106, 20250111, 20250207, 20250106, []
Trace(QRY.dEnd, QRY.dNext, QRY.dBefore)                              // expect: 20250131, 20250228, 20250228
dDelivery is Date = QRY.dDelivery
Trace(DateToDayInAlpha(dDelivery))                                   // expect: Monday
HExecuteSQLQuery(QRY, [
	SELECT DATEPART(quarter, '20250815') AS nQuarter, DATEPART(dw, OrderDate) AS nWeekday,
	       DATEPART(dayofyear, '20251231') AS nDays, DATEPART(mm, OrderDate) AS nMonth,
	       EXTRACT(YEAR FROM OrderDate) AS nYear, extract(day from '2025-03-09') AS nDay,
	       QUARTER(OrderDate) AS nQ, DAYOFMONTH(OrderDate) AS nDayOfMonth
	FROM Orders
])
HReadFirst(QRY)
Trace(QRY.nQuarter, QRY.nWeekday, QRY.nDays, QRY.nMonth)             // expect: 3, 7, 365, 1
Trace(QRY.nYear, QRY.nDay, QRY.nQ, QRY.nDayOfMonth)                  // expect: 2025, 9, 1, 4
