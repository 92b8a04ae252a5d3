// HExecuteSQLQuery with VALUES gives its rows (columns column1, column2... on both databases),
// and EXPLAIN is refused in words: both were run as statements whose rows were dropped without
// a word (HNbRec -1). docs/hfsql.md "Reviewer R3's findings on SQL (issue 8, M3, ...)".
HAdd(Customer)
q is Data Source
IF HExecuteSQLQuery(q, hQueryDefault, "VALUES (1, 'a'), (2, 'b')") THEN
	Trace(HNbRec(q))                  // expect: 2
	FOR EACH q
		Trace(q.column1 + 1, q.column2)   // expect: 2, a
	END                               // expect: 3, b
END
IF NOT HExecuteSQLQuery(q, hQueryDefault, "  explain SELECT Name FROM Customer") THEN
	Trace(HErrorInfo())               // expect: query q: EXPLAIN gives the database's plan, not rows a query keeps; HOptimizeQuery reads a query's plan.
END
