// A UNION, INTERSECT or EXCEPT without ALL removes duplicates of a text computed from a text
// key item under the keys' collation (case and accents ignored), and so does an aggregate's
// DISTINCT (COUNT(DISTINCT UPPER(City))), on SQLite as on PostgreSQL: SQLite kept ÉVRY and
// EVRY apart there (5 rows, a count of 5) where PostgreSQL kept one (4). docs/hfsql.md
// "SQL on both databases (issue 8, HF, 7 Dec 2026, 09:57-12:57)".
FOR EACH s OF ["Évry", "EVRY", "evry", "Paris", "zoé", "Émile"]
	Customer.Name = s
	Customer.City = s
	HAdd(Customer)
END
Trace(Rows("SELECT UPPER(City) AS c FROM Customer UNION SELECT UPPER(Name) FROM Customer ORDER BY 1"))  // expect: 4
Trace(Rows("SELECT UPPER(City) AS c FROM Customer UNION ALL SELECT UPPER(Name) FROM Customer"))  // expect: 12
Trace(Rows("SELECT LOWER(City) AS c FROM Customer INTERSECT SELECT UPPER(Name) FROM Customer"))  // expect: 4
Trace(Rows("SELECT LOWER(City) AS c FROM Customer EXCEPT SELECT UPPER(Name) FROM Customer WHERE Name = 'Paris'"))  // expect: 3
Trace(Rows("SELECT UPPER(City) AS c FROM Customer UNION SELECT CAST((SELECT COUNT(DISTINCT UPPER(City)) FROM Customer) AS VARCHAR(5))"))  // expect: 5
q is Data Source
HExecuteSQLQuery(q, hQueryDefault, "SELECT COUNT(DISTINCT LOWER(City)) AS n, COUNT(DISTINCT City) AS d, COUNT(DISTINCT Name || '') AS b FROM Customer")
HReadFirst(q)
Trace(q.n, q.d, q.b)                            // expect: 4, 4, 4
HExecuteSQLQuery(q, hQueryDefault, "SELECT (SELECT COUNT(DISTINCT UPPER(City)) FROM Customer) AS n FROM Customer WHERE City = 'Paris'")
HReadFirst(q)
Trace(q.n)                                      // expect: 4
PROCEDURE Rows(sSQL is string)
q is Data Source
IF NOT HExecuteSQLQuery(q, hQueryDefault, sSQL) THEN
	RESULT HErrorInfo()
END
RESULT HNbRec(q)
