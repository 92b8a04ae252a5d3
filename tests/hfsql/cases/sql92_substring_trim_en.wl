// SQL-92's SUBSTRING(s FROM start [FOR length]) and TRIM([LEADING | TRAILING | BOTH]
// [chars] FROM s) in hand-written SQL: SQLite refused them ('near "FROM": syntax error'),
// PostgreSQL has them; the same results on both now (HFSQL "supports the ANSI SQL 92
// standard": PC SOFT's HFSQL brochure; docs/hfsql.md "HFSQL's SQL translated").
HReset(Customer)
Customer.Name = "xxDupontxx"
Customer.City = "  Lyon  "
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20250104"
HAdd(Orders)
QRY is Data Source
IF NOT HExecuteSQLQuery(QRY, [
	SELECT SUBSTRING(o.OrderDate FROM 1 FOR 6) AS sMonth, SUBSTRING(o.OrderDate FROM 7) AS sDay,
	       substring(c.Name from 3 for 6) AS sName, SUBSTRING(c.Name, 3, 2) AS sComma,
	       TRIM(LEADING 'x' FROM c.Name) AS sLead, TRIM(TRAILING 'x' FROM c.Name) AS sTrail,
	       TRIM(BOTH 'x' FROM c.Name) AS sBoth, TRIM('x' FROM c.Name) AS sChars,
	       '[' || TRIM(BOTH FROM c.City) || ']' AS sCity, '[' || TRIM(c.City) || ']' AS sPlain
	FROM Orders o JOIN Customer c ON c.CustomerID = o.CustomerID
]) THEN
	Trace(HErrorInfo())
END
HReadFirst(QRY)
Trace(QRY.sMonth, QRY.sDay, QRY.sName, QRY.sComma)        // expect: 202501, 04, Dupont, Du
Trace(QRY.sLead, QRY.sTrail, QRY.sBoth, QRY.sChars)       // expect: Dupontxx, xxDupont, Dupont, Dupont
Trace(QRY.sCity, QRY.sPlain)                              // expect: [Lyon], [Lyon]
