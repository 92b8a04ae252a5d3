// A number compared by LIKE in hand-written SQL is compared by its text on both databases,
// a real's text as SQLite writes it (15 significant digits, a point always: "3.3", "10.0",
// "1.0e+20"): PostgreSQL refused the query ("collations are not supported by type integer",
// the collation of the LIKE written after the number) or gave the collation to the last
// term of `Price * 2` alone. docs/hfsql.md "A number compared by LIKE".
FOR EACH sRef, i OF ["A1", "B2", "C3"]
	Product.Reference = sRef
	Product.Price = [10, 12.5, 1.1 * 3][i]
	Product.Stock = [150, 25, 1500][i]
	HAdd(Product)
END
q is Data Source
IF NOT HExecuteSQLQuery(q, hQueryDefault, "SELECT Reference FROM Product WHERE Stock LIKE '15%' ORDER BY Reference") THEN
	Trace(HErrorInfo())
END
FOR EACH q
	Trace(q.Reference)
END
// expect: A1
// expect: C3
HExecuteSQLQuery(q, hQueryDefault, "SELECT Reference FROM Product WHERE Price LIKE '%.0' OR Price LIKE '3.3' ORDER BY Reference")
FOR EACH q
	Trace(q.Reference)
END
// expect: A1
// expect: C3
HExecuteSQLQuery(q, hQueryDefault, "SELECT Reference FROM Product WHERE Price * 2 LIKE '2_.0' AND Reference NOT LIKE 'a%'")
FOR EACH q
	Trace(q.Reference)                          // expect: B2
END
HExecuteSQLQuery(q, hQueryDefault, "SELECT 1.1 * 3 LIKE '3.3' AS m, CAST(1e20 AS REAL) LIKE '1.0e+20' AS e, 100 LIKE '1_0' AS i")
HReadFirst(q)
Trace(q.m, q.e, q.i)                            // expect: 1, 1, 1
