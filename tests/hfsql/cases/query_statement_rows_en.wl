// The rows a statement that is no SELECT gives are kept as the query's result, on both
// databases: INSERT, UPDATE and DELETE with RETURNING ran and their rows were dropped
// (HNbRec -1); PostgreSQL's `TABLE Customer` is `SELECT * FROM Customer` (SQLite lacked it).
// docs/hfsql.md "Rows of PRAGMA, SHOW, TABLE and RETURNING".
HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAdd(Customer)
ds is Data Source
Trace(HExecuteSQLQuery(ds, "INSERT INTO Customer (Name, City, Balance) VALUES ('Martin', 'Lyon', 7.5) RETURNING CustomerID, Name, Balance"), HNbRec(ds))   // expect: 1, 1
HReadFirst(ds)
Trace(ds.CustomerID > 0, ds.Name, ds.Balance, HNbRec(Customer))   // expect: 1, Martin, 7.5, 2
Trace(HExecuteSQLQuery(ds, "UPDATE Customer SET City = 'Nice' WHERE Name = 'Martin' RETURNING City AS Town"), HNbRec(ds))   // expect: 1, 1
HReadFirst(ds)
Trace(ds.Town)   // expect: Nice
Trace(HExecuteSQLQuery(ds, "UPDATE Customer SET City = 'Nice' WHERE Name = 'Nobody' RETURNING City"), HNbRec(ds))   // expect: 1, 0
Trace(HExecuteSQLQuery(ds, "DELETE FROM Customer WHERE Name = 'Martin' RETURNING Name"), HNbRec(ds), HNbRec(Customer))   // expect: 1, 1, 1
Trace(HExecuteSQLQuery(ds, "TABLE Customer ORDER BY Name"), HNbRec(ds))   // expect: 1, 1
HReadFirst(ds)
Trace(ds.Name, ds.City)   // expect: Dupont, Paris
Trace(HExecuteSQLQuery(ds, "UPDATE Customer SET City = 'Lyon'"), HNbRec(ds))   // expect: 1, -1
