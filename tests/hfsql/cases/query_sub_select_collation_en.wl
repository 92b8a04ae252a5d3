// A text computed from a text key item is grouped, made DISTINCT and sorted under the keys'
// collation (case and accents ignored) in a sub-select and in each part of a UNION too, on
// SQLite as on PostgreSQL: only the outer SELECT was, so SQLite counted ÉVRY and EVRY as
// two groups (5 below) where PostgreSQL counted one (4). docs/hfsql.md "Collation of text keys".
FOR EACH s OF ["Évry", "EVRY", "evry", "Paris", "zoé", "Émile"]
	Customer.Name = s
	Customer.City = s
	HAdd(Customer)
END
q is Data Source
HExecuteSQLQuery(q, hQueryDefault, "SELECT COUNT(*) AS n FROM (SELECT UPPER(City) AS c FROM Customer GROUP BY UPPER(City)) x")
HReadFirst(q)
Trace(q.n)                                      // expect: 4
HExecuteSQLQuery(q, hQueryDefault, "SELECT COUNT(*) AS n FROM (SELECT DISTINCT LOWER(City) FROM Customer) x")
HReadFirst(q)
Trace(q.n)                                      // expect: 4
HExecuteSQLQuery(q, hQueryDefault, "SELECT UPPER(Name) AS u FROM Customer WHERE City = 'Paris' UNION ALL SELECT DISTINCT UPPER(City) FROM Customer WHERE City <> 'Paris' ORDER BY 1")
Trace(HNbRec(q))                                // expect: 4
HExecuteSQLQuery(q, hQueryDefault, "SELECT COUNT(*) AS n FROM Customer WHERE CustomerID IN (SELECT MIN(CustomerID) FROM Customer GROUP BY LOWER(City))")
HReadFirst(q)
Trace(q.n)                                      // expect: 4
