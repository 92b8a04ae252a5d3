// HRecordToJSON writes a whole real without a fraction, as WLanguage writes a real
// (7, not 7.0), so a query's computed column reads the same on both databases: a
// ROUND(x, 2) column was 7.0 on SQLite (a real) and 7 on PostgreSQL (a numeric). ROUND(x, n)
// of a real stopped the query on PostgreSQL ("function round(double precision, integer)
// does not exist"): a real on both databases now.
// docs/hfsql.md "Records, memos, file information".
HReset(Product)
Product.Reference = "A"
Product.Price = 7
HAdd(Product)
Trace(HRecordToJSON(Product)) // expect: {"Reference": "A", "Label": "", "Price": 7, "Stock": 0}
Product.Reference = "B"
Product.Price = 2.5
HAdd(Product)
ds is Data Source
HExecuteSQLQuery(ds, "SELECT Reference, ROUND(Price * 2.8, 2) AS r FROM Product ORDER BY Reference")
FOR EACH ds
	Trace(HRecordToJSON(ds, "Reference,r"))
END
// expect: {"_SOURCE_ds_1": {"Reference": "A", "r": 19.6}}
// expect: {"_SOURCE_ds_1": {"Reference": "B", "r": 7}}
HReadFirst(ds)
Trace(ds.r, TypeVar(ds.r) = wlReal) // expect: 19.6, 1
