// A division of or by a currency item in SQL written by hand is exact on both databases:
// SQLite keeps a whole amount as an integer and divided it as one (`Balance / 2` of 5 gave
// 2, PostgreSQL 2.5). A division of integers keeps SQL's whole quotient on both (5 / 2 is
// 2). docs/hfsql.md "Division in a query".
HReset(Customer)
Customer.Name = "Dupont"
Customer.Balance = 5
HAdd(Customer)
HReset(Product)
Product.Reference = "A1"
Product.Stock = 5
HAdd(Product)
ds is Data Source
HExecuteSQLQuery(ds, "SELECT Balance/2 AS a, 7 / Customer.Balance AS b, 1 + Balance * 3 / 2 AS d, (Balance + 0) / 4 AS e FROM Customer")
HReadFirst(ds)
Trace(ds.a, ds.b, ds.d, ds.e)   // expect: 2.5, 1.4, 8.5, 1.25
HExecuteSQLQuery(ds, "SELECT SUM(Balance) / COUNT(*) / 2 AS c FROM Customer")
HReadFirst(ds)
Trace(ds.c)   // expect: 2.5
HExecuteSQLQuery(ds, "SELECT Name FROM Customer WHERE Balance / 2 > 2 /* not 2 / 2 */")
Trace(HNbRec(ds))   // expect: 1
HExecuteSQLQuery(ds, "SELECT 5 / 2 AS a, Stock / 2 AS b, -7 / 2 AS c, Stock / 2.0 AS d, '5/2' AS e FROM Product")
HReadFirst(ds)
Trace(ds.a, ds.b, ds.c, ds.d, ds.e)   // expect: 2, 2, -3, 2.5, 5/2
