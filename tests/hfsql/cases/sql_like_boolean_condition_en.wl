// A Boolean item that is a condition or a value beside TRUE/FALSE inside LIKE's operand stays
// a Boolean on PostgreSQL, and a Boolean result is compared as 1 or 0: the same rows as on
// SQLite. PostgreSQL refused these ("argument of CASE/WHEN must be type boolean, not type
// integer", "argument of NOT must be type boolean", "operator does not exist: integer =
// boolean", "argument of WHERE must be type boolean", "CASE/COALESCE types integer and boolean
// cannot be matched"). docs/hfsql.md "Reviewer R3's findings on SQL (issue 8, M3, ...)".
Customer.Name = "Ann"
Customer.VIP = True
HAdd(Customer)
Customer.Name = "Bob"
Customer.VIP = False
HAdd(Customer)
Show("CASE WHEN (VIP) THEN 'y' ELSE 'n' END LIKE 'y'")                      // expect: Ann
Show("CASE WHEN NOT(VIP) THEN 'y' ELSE 'n' END LIKE 'n'")                   // expect: Ann
Show("CASE VIP WHEN TRUE THEN 'y' ELSE 'n' END LIKE 'y'")                   // expect: Ann
Show("CASE VIP WHEN 1 THEN 'y' ELSE 'n' END LIKE 'n'")                      // expect: Bob
Show("(SELECT COUNT(*) FROM Customer x WHERE x.VIP) LIKE '1'")              // expect: Ann Bob
Show("CASE WHEN Name = 'Ann' THEN VIP ELSE FALSE END LIKE '1'")             // expect: Ann
Show("CASE WHEN Name = 'Bob' THEN VIP ELSE 1 END LIKE '0'")                 // expect: Bob
Show("COALESCE(VIP, FALSE) LIKE '1'")                                       // expect: Ann
Show("COALESCE(VIP, 0) LIKE '0'")                                           // expect: Bob
Show("CASE WHEN VIP = TRUE THEN 'y' ELSE 'n' END LIKE 'y'")                 // expect: Ann
Show("CASE WHEN VIP = 1 AND Name <> 'x' THEN 'y' ELSE 'n' END LIKE 'y'")    // expect: Ann
PROCEDURE Show(sWhere is string)
q is Data Source
IF NOT HExecuteSQLQuery(q, hQueryDefault, "SELECT Name FROM Customer c WHERE " + sWhere + " ORDER BY Name") THEN
	Trace(HErrorInfo())
	RETURN
END
s is string
FOR EACH q
	s += [" "] + q.Name
END
Trace(s)
