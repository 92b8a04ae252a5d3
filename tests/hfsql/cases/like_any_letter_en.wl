// LIKE ignores the case of every letter on both databases, accents kept: SQLite's own LIKE
// folded ASCII letters only and PostgreSQL's ILIKE under "C" too, so "évry" missed "Évry"
// (FOR EACH ... WHERE, HFilter's condition and hand-written SQL alike).
FOR i = 1 TO 4
	HReset(Customer)
	Customer.Name = "C" + i
	Customer.City = ["Évry", "évry", "Evry", "ÉVRY-Courcouronnes"][i]
	HAdd(Customer)
END
FOR EACH Customer WHERE City LIKE "évry"
	Trace("where", Customer.Name)
END
// expect: where, C1
// expect: where, C2
FOR EACH Customer WHERE City NOT LIKE "év%"
	Trace("not like", Customer.Name)
END
// expect: not like, C3
HFilter(Customer, "City LIKE 'ÉVRY%'")
FOR EACH Customer
	Trace("filter", Customer.Name)
END
// expect: filter, C1
// expect: filter, C2
// expect: filter, C4
HDeactivateFilter(Customer)
HFilter(Customer, "City ]= 'évry-c'")
FOR EACH Customer
	Trace("starts", Customer.Name)
END
// expect: starts, C4
HDeactivateFilter(Customer)
q is Data Source
HExecuteSQLQuery(q, hQueryDefault, "SELECT Name FROM Customer WHERE City LIKE 'évry_%' ORDER BY Name")
FOR EACH q
	Trace("query", q.Name)
END
// expect: query, C4
HExecuteSQLQuery(q, hQueryDefault, "SELECT Name FROM Customer WHERE City NOT LIKE 'ÉVRY' ORDER BY Name")
FOR EACH q
	Trace("query not", q.Name)
END
// expect: query not, C3
// expect: query not, C4
// Many % against a long text take as long as the text, not seconds or minutes: every %
// became a backtracking ".*" (60 letters against this pattern ran for minutes).
HReset(Customer)
Customer.Name = Repeat("a", 60)
HAdd(Customer)
FOR EACH Customer WHERE Name LIKE "%a%a%a%a%a%a%a%a%b"
	Trace("many %", Customer.Name)
END
HExecuteSQLQuery(q, hQueryDefault, "SELECT Name FROM Customer WHERE Name LIKE '%a%a%a%a%a%a%a%a%b'")
Trace("many % query", HNbRec(q))
// expect: many % query, 0
HExecuteSQLQuery(q, hQueryDefault, "SELECT Name FROM Customer WHERE Name LIKE '%A%a_a%a%a%a%a%A'")
Trace("many % found", HNbRec(q))
// expect: many % found, 1
// An ESCAPE of two characters is refused in SQLite's words (on PostgreSQL in its own)
IF NOT HExecuteSQLQuery(q, hQueryDefault, "SELECT Name FROM Customer WHERE Name LIKE 'a%' ESCAPE 'ab'") THEN
	Trace("escape", Position(HErrorInfo(), "user-defined") = 0, Position(Upper(HErrorInfo()), "ESCAPE") > 0)
END
// expect: escape, 1, 1
