// A currency or Boolean item compared by LIKE in hand-written SQL gives the same rows on
// both databases: compared by its text as SQLite holds it (a currency 10 or 10.5, not
// PostgreSQL's numeric(24,6) 10.500000; a Boolean 1 or 0, not true), in an expression too
// (Balance * 2, VIP + 1). A CASE ... END before LIKE is one operand: PostgreSQL refused it
// ("collations are not supported by type integer"). docs/hfsql.md "SQL on both databases
// (issue 8, HF, 7 Dec 2026, 09:57-12:57)", paragraph "LIKE on a currency, a Boolean, a CASE".
FOR EACH sName, i OF ["Ann", "Bob", "Cid"]
	Customer.Name = sName
	Customer.City = "Paris"
	Customer.Balance = [10, 10.5, -0.25][i]
	Customer.VIP = (i = 2)
	HAdd(Customer)
END
Show("Balance LIKE '10'")                       // expect: Ann
Show("c.Balance LIKE '10.5'")                   // expect: Bob
Show("Balance LIKE '%.25'")                     // expect: Cid
Show("Balance LIKE '10.5000%'")                 // expect: 
Show("Balance * 2 LIKE '21%'")                  // expect: Bob
Show("Balance + 1 LIKE '11'")                   // expect: Ann
Show("VIP LIKE '1'")                            // expect: Bob
Show("VIP LIKE 'true'")                         // expect: 
Show("c.VIP NOT LIKE '1'")                      // expect: Ann Cid
Show("VIP + 1 LIKE '2'")                        // expect: Bob
Show("Name LIKE 'a%' OR VIP LIKE '1'")          // expect: Ann Bob
Show("CASE WHEN VIP = 1 THEN 105 ELSE 0 END LIKE '10%'")                  // expect: Bob
Show("CASE WHEN VIP THEN Balance ELSE 0 END LIKE '10.5'")                 // expect: Bob
Show("CASE WHEN NOT VIP AND Balance > 1 THEN 'y' ELSE 'n' END LIKE 'Y'")  // expect: Ann
Show("CASE WHEN VIP THEN CASE WHEN Balance > 1 THEN 7 END ELSE 0 END LIKE '7'")  // expect: Bob
Show("CASE WHEN VIP THEN 1.5 ELSE 0 END || 'x' LIKE '1.5x'")             // expect: Bob
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
