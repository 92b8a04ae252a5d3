// A query reading data files never written yet: they are made, as opening them makes
// them (the query found no table before)
ds is Data Source
Trace(HExecuteSQLQuery(ds, "SELECT count(*) AS n FROM Orders"))   // expect: 1
HReadFirst(ds)
Trace(ds.n)                                   // expect: 0
Trace(HExecuteQuery(REQ_OrdersOfCity, hQueryDefault, "Paris", 0), HNbRec(REQ_OrdersOfCity))   // expect: 1, 0
// a text naming no data file of the analysis makes nothing
Trace(HExecuteSQLQuery(ds, "SELECT count(*) AS n FROM NoSuchTable"), HError() <> 0)   // expect: 0, 1
