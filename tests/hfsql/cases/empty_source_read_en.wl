// A read on a Data Source that holds no result (its query was an UPDATE, failed, or was
// never run) is a non-fatal H* failure, as FOR EACH on it loops zero times (decided,
// INFERRED: docs/hfsql.md "Queries"); it stopped the run ("the data source holds no
// query result or file").
HReset(Customer)
Customer.Name = "Dupont"
HAdd(Customer)
QRY_UPD is Data Source
Trace(HExecuteSQLQuery(QRY_UPD, "UPDATE Customer SET City = 'Lyon'"), ErrorOccurred)  // expect: 1, 0
Trace(HReadFirst(QRY_UPD), ErrorOccurred, HOut(QRY_UPD), HFound(QRY_UPD))  // expect: 0, 1, 1, 0
Trace(ErrorInfo())
// expect: HReadFirst: QRY_UPD holds no result to read: its query failed, was not a SELECT (UPDATE, DELETE, INSERT...) or was not run.
Trace(Position(HErrorInfo(), "QRY_UPD holds no result") > 0)          // expect: 1
// the UPDATE was done
QRY_CITY is Data Source
HExecuteSQLQuery(QRY_CITY, "SELECT City FROM Customer")
HReadFirst(QRY_CITY)
Trace(QRY_CITY.City, ErrorOccurred)                                     // expect: Lyon, 0
// a query that failed
QRY_BAD is Data Source
Trace(HExecuteSQLQuery(QRY_BAD, "SELECT * FROM NoSuchFile"))            // expect: 0
Trace(HReadFirst(QRY_BAD), HReadNext(QRY_BAD), HOut(QRY_BAD), HRecNum(QRY_BAD))  // expect: 0, 0, 1, 0
Trace(HNbRec(QRY_BAD), ErrorOccurred)                                   // expect: -1, 1
nRows is int
FOR EACH QRY_BAD
	nRows++
END
Trace(nRows)                                                            // expect: 0
// the usual test after the query
IF NOT HExecuteSQLQuery(QRY_BAD, "SELECT * FROM NoSuchFile") THEN
	Trace("query failed")                                               // expect: query failed
ELSE IF HReadFirst(QRY_BAD) THEN
	Trace("read")
END
// a query that fails leaves no result, not the one of the query before
Trace(HExecuteSQLQuery(QRY_CITY, "SELECT City FROM Customer"), HReadFirst(QRY_CITY))  // expect: 1, 1
Trace(HExecuteSQLQuery(QRY_CITY, "SELECT City FROM NoSuchFile"))       // expect: 0
nRows = 0
FOR EACH QRY_CITY
	nRows++
END
Trace(nRows, HReadFirst(QRY_CITY), HOut(QRY_CITY))                      // expect: 0, 0, 1
