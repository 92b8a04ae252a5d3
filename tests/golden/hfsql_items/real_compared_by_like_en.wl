// A real compared by LIKE in SQL is read as SQLite writes its text (15 significant
// digits, a point always: "3.3", "1.0e+20"), as SQLite's own LIKE did: Python's text
// ("3.3000000000000003", "1e+20") matched none of these patterns.
q is Data Source
HExecuteSQLQuery(q, hQueryDefault, "SELECT 1.1 * 3 LIKE '3.3' AS m, CAST(1e20 AS REAL) LIKE '1.0e+20' AS e, 100.0 LIKE '100._' AS p")
FOR EACH q
	Trace(q.m, q.e, q.p)
END
// expect: 1, 1, 1
