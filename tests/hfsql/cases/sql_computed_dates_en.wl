// Dates a hand-written query computes, on SQLite as on PostgreSQL: CAST(... AS DATE),
// AS TIMESTAMP, AS TIME and CURRENT_DATE, CURRENT_TIMESTAMP, CURRENT_TIME reach the
// program as the text WLanguage's Date (YYYYMMDD), DateTime (YYYYMMDDHHMMSSmmm) and
// Time (HHMMSSCC) hold; on SQLite CAST('2024-11-05' AS DATE) gave 2024 and CURRENT_DATE
// the ISO text of the UTC date (decided, INFERRED: docs/hfsql.md "HFSQL's SQL translated")
HReset(Customer)
Customer.Name = "Dupont"
Customer.BirthDate = "19800214"
HAdd(Customer)
QRY is Data Source
HExecuteSQLQuery(QRY, [
	SELECT CAST('2024-11-05' AS DATE) AS dInvoice,
	       CAST('2024-11-05 13:45:07.250' AS TIMESTAMP) AS dhSent,
	       CAST('13:45:07.25' AS TIME) AS hSent,
	       CAST(BirthDate AS DATE) AS dBirth,
	       CURRENT_DATE AS dToday, CURRENT_TIMESTAMP AS dhNow, CURRENT_TIME AS hNow,
	       'CURRENT_DATE' AS sWord
	FROM Customer
])
HReadFirst(QRY)
Trace(QRY.dInvoice, QRY.dhSent, QRY.hSent, QRY.dBirth)  // expect: 20241105, 20241105134507250, 13450725, 19800214
dInvoice is Date = QRY.dInvoice
Trace(dInvoice.Year, dInvoice.Month, dInvoice.Day)  // expect: 2024, 11, 5
Trace(QRY.dToday = Today(), Left(QRY.dhNow, 8) = Today(), Length(QRY.dhNow), Length(QRY.hNow), QRY.sWord)  // expect: 1, 1, 17, 8, CURRENT_DATE
dhNow is DateTime = QRY.dhNow
Trace(dhNow.Date = Today())  // expect: 1
