// An element out of its array item's range in a query's SQL: a query error naming the
// element and the item's dimension (docs/hfsql.md "Array items, stored"). SQLite read
// Phone[9] as Phone AS "9" (element 1, silently) and Phone[0] AS z as a syntax error.
// The error names the Data Source variable the query was run with, not "DataSource1".
Contact.Name = "Ann"
Contact.Phone[1] = "111"
Trace(HAdd(Contact)) // expect: 1
QRY is Data Source
Trace(HExecuteSQLQuery(QRY, "SELECT Phone[0] AS z FROM Contact")) // expect: 0
Trace(HErrorInfo()) // expect: query QRY: Contact.Phone[0]: the array item Phone has 3 elements (1 to 3).
Trace(HError() = 70800) // expect: 1
Trace(HExecuteSQLQuery(QRY, "SELECT Name FROM Contact WHERE Phone[9] = '1'")) // expect: 0
Trace(HErrorInfo()) // expect: query QRY: Contact.Phone[9]: the array item Phone has 3 elements (1 to 3).
// within range, and a bracket in a text, still run
Trace(HExecuteSQLQuery(QRY, "SELECT Phone[3] AS z FROM Contact WHERE Name <> 'Phone[9]'")) // expect: 1
// another error of the same query names it too
Trace(HExecuteSQLQuery(QRY, "SELECT Nme FROM Contact")) // expect: 0
Trace(Position(HErrorInfo(), "query QRY:") = 1) // expect: 1
// a Data Source named like a data file keeps a name of its own: its result would hide
// the file (the file's records are still read after it)
Trace(SameName()) // expect: 0, 1
PROCEDURE SameName()
Contact is Data Source
r is boolean = HExecuteSQLQuery(Contact, "SELECT Nme FROM Contact")
RESULT r + ", " + (Position(HErrorInfo(), "query Contact:") = 0)
