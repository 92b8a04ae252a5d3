// A column computed without AS whose last word is no alias (IS NULL, IS NOT NULL, TRUE,
// the operand of LIKE, AND, OR) is named as it is written, on SQLite and PostgreSQL: its
// last word was read as an alias ("Name", "VIP"), no AS was given, PostgreSQL named the
// columns ?column? and two of them made the query fail ("column reference "?column?" is
// ambiguous"). docs/hfsql.md "Result columns' names".
HReset(Customer)
Customer.Name = "Bob"
HAdd(Customer)
q is Data Source
IF NOT HExecuteSQLQuery(q, hQueryDefault, "SELECT Name, Name IS NULL, City IS NOT NULL, Name LIKE Name, Name = 'Bob' AND VIP, Name IS NULL OR TRUE FROM Customer WHERE Name = 'Bob'") THEN
	Trace("err", HErrorInfo())
END
Trace(Replace(HListItem(q), CR, ";"))           // expect: Name;Name IS NULL;City IS NOT NULL;Name LIKE Name;Name = 'Bob' AND VIP;Name IS NULL OR TRUE
