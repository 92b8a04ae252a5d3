// One reading of a column's alias for its name, its type and its collation: an alias
// written without AS or in quotes is an alias when SELECT DISTINCT groups a text computed
// from a key item (the collation went after the alias: 'near "COLLATE": syntax error'),
// and `x IS NULL` names no alias "NULL" (PostgreSQL named two such columns "?column?").
FOR i = 1 TO 4
	HReset(Customer)
	Customer.Name = "C" + i
	Customer.City = ["Évry", "Evry", "évry", "Lyon"][i]
	HAdd(Customer)
END
q is Data Source
HExecuteSQLQuery(q, hQueryDefault, "SELECT DISTINCT UPPER(City) Town FROM Customer ORDER BY Town")
Trace("no AS", HNbRec(q), Replace(HListItem(q), CR, ";"))
// expect: no AS, 2, Town
HExecuteSQLQuery(q, hQueryDefault, "SELECT DISTINCT LOWER(City) AS ""Town"" FROM Customer")
Trace("quoted", HNbRec(q), Replace(HListItem(q), CR, ";"))
// expect: quoted, 2, Town
HExecuteSQLQuery(q, hQueryDefault, "SELECT Name, City IS NULL, Name IS NOT NULL FROM Customer WHERE Name = 'C1'")
Trace(Replace(HListItem(q), CR, ";"))
// expect: Name;City IS NULL;Name IS NOT NULL
