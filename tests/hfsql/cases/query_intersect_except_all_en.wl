// INTERSECT ALL and EXCEPT ALL keep a row's copies on both databases, as PostgreSQL does:
// SQLite has neither and refused the words ("near "ALL": syntax error"); there the copies
// are numbered and intersected. docs/hfsql.md "INTERSECT ALL and EXCEPT ALL on SQLite".
FOR EACH STRING c OF "Paris/Paris/Paris/Lyon/Lyon/Nice" SEPARATED BY "/"
    HReset(Customer)
    Customer.Name = "N" + HNbRec(Customer)
    Customer.City = c
    Customer.VIP = (HNbRec(Customer) IN (0, 1, 3))
    HAdd(Customer)
END
q is Data Source
HExecuteSQLQuery(q, "SELECT City FROM Customer INTERSECT ALL SELECT City FROM Customer WHERE VIP = 1 ORDER BY City")
Trace(Shown(q), HNbRec(q))   // expect: Lyon,Paris,Paris, 3
HExecuteSQLQuery(q, "SELECT City FROM Customer EXCEPT ALL SELECT City FROM Customer WHERE VIP = 1 ORDER BY 1")
Trace(Shown(q))   // expect: Lyon,Nice,Paris
HExecuteSQLQuery(q, "(SELECT City FROM Customer) except all (SELECT City FROM Customer WHERE VIP = 1) ORDER BY City DESC LIMIT 2")
Trace(Shown(q))   // expect: Paris,Nice
q.pCity = "Paris"
HExecuteSQLQuery(q, hQueryDefault, "SELECT City, VIP FROM Customer WHERE City = {pCity} INTERSECT ALL SELECT City, VIP FROM Customer WHERE VIP = 1")
Trace(Shown(q), q.VIP)   // expect: Paris,Paris, 1
HExecuteSQLQuery(q, "SELECT City FROM Customer INTERSECT SELECT City FROM Customer ORDER BY City")
Trace(Shown(q))   // expect: Lyon,Nice,Paris

PROCEDURE Shown(q is Data Source)
s is string
FOR EACH q
    s += [","] + q.City
END
RESULT s
