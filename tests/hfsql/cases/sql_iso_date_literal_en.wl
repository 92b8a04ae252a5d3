// A date item compared in hand-written SQL with a date written 'YYYY-MM-DD' is compared
// with the YYYYMMDD text the item holds, as FOR EACH ... WHERE and HFilter read such a
// text: the texts were compared as they are ('0' sorting after '-'), so ">= '2025-01-15'"
// let 10 January through and "= '2025-01-10'" found nothing, on both databases.
// docs/hfsql.md "HFSQL's SQL translated".
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20250110"
Orders.Total = 1
HAdd(Orders)
Orders.OrderDate = "20250120"
Orders.Total = 2
HAdd(Orders)
Orders.OrderDate = "20250205"
Orders.Total = 3
HAdd(Orders)
ds is Data Source
HExecuteSQLQuery(ds, "SELECT Total FROM Orders WHERE OrderDate >= '2025-01-15' ORDER BY Total")
Trace(HNbRec(ds))                                     // expect: 2
HExecuteSQLQuery(ds, "SELECT Total FROM Orders WHERE Orders.OrderDate = '2025-01-10'")
Trace(HNbRec(ds), HReadFirst(ds), ds.Total)           // expect: 1, 1, 1
HExecuteSQLQuery(ds, "SELECT Total FROM Orders WHERE OrderDate BETWEEN '2025-01-01' AND '2025-01-31' ORDER BY Total")
Trace(HNbRec(ds))                                     // expect: 2
HExecuteSQLQuery(ds, "SELECT Total FROM Orders WHERE OrderDate < '2025-01-15' OR Total = 3 ORDER BY Total")
Trace(HNbRec(ds))                                     // expect: 2
// a text that is no date item's stays as written
HExecuteSQLQuery(ds, "SELECT '2025-01-15' AS t FROM Orders WHERE OrderDate >= '20250201'")
Trace(HReadFirst(ds), ds.t)                           // expect: 1, 2025-01-15
