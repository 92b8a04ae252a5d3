// A query's result columns have one name on both databases: a column computed without AS
// is named as written (SQLite named LEFT(City, 2) by its translation SUBSTR(City, 1, 2);
// PostgreSQL named it "left", and two unnamed ones made the query fail: "?column?" is
// ambiguous); an alias keeps its spelling (PostgreSQL gave "town" for AS Town).
// GROUP BY and DISTINCT on a text computed from a text key item group as the key compares
// (case and accents ignored), as PostgreSQL did and SQLite did not.
FOR i = 1 TO 4
	HReset(Customer)
	Customer.Name = "C" + i
	Customer.City = ["Évry", "Evry", "évry", "Lyon"][i]
	Customer.Balance = 10 * i
	HAdd(Customer)
END
q is Data Source
HExecuteSQLQuery(q, hQueryDefault, "SELECT Name, City AS Town, LEFT(City, 2), COUNT(*), MAX(Balance) + 1 FROM Customer WHERE Name = 'C4' GROUP BY Name, City")
Trace(Replace(HListItem(q), CR, ";"))
// expect: Name;Town;LEFT(City, 2);COUNT(*);MAX(Balance) + 1
FOR EACH q
	Trace(q.Name, q.Town, q.town)
END
// expect: C4, Lyon, Lyon
HExecuteSQLQuery(q, hQueryDefault, "SELECT UPPER(City) AS u, COUNT(*) AS n FROM Customer GROUP BY UPPER(City) ORDER BY 1 LIMIT 5")
FOR EACH q
	Trace("group", q.n)
END
// expect: group, 3
// expect: group, 1
HExecuteSQLQuery(q, hQueryDefault, "SELECT DISTINCT LOWER(City) FROM Customer")
Trace("distinct", HNbRec(q), Replace(HListItem(q), CR, ";"))
// expect: distinct, 2, LOWER(City)
