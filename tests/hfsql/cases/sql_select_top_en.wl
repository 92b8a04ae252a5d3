// HFSQL's SELECT TOP n, run on SQLite and PostgreSQL (neither has TOP): LIMIT n at the
// end of that SELECT (decided, docs/hfsql.md "HFSQL's SQL translated")
AddCustomer("Dave")
AddCustomer("Alice")
AddCustomer("Carol")
AddCustomer("Bob")
AddCustomer("Alice")
HExecuteSQLQuery(QRY_Top, "SELECT TOP 2 Name FROM customer ORDER BY Name DESC")
FOR EACH QRY_Top
	Trace(QRY_Top.Name)          // expect: Dave
END                              // expect: Carol
// DISTINCT before TOP, a parameter for n, no ORDER BY
src is Data Source
src.pCount = 3
HExecuteSQLQuery(src, "SELECT DISTINCT TOP {pCount} Name FROM customer ORDER BY Name")
FOR EACH src
	Trace(src.Name)              // expect: Alice
END                              // expect: Bob
                                 // expect: Carol
HExecuteSQLQuery(QRY_Any, "select top 4 Name from customer")
Trace(HNbRec(QRY_Any))           // expect: 4
// in a sub-query
HExecuteSQLQuery(QRY_Sub, "SELECT COUNT(*) AS N FROM customer WHERE Name IN (SELECT TOP 1 Name FROM customer ORDER BY Name)")
HReadFirst(QRY_Sub)
Trace(QRY_Sub.N)                 // expect: 2
// BOTTOM n: the last n rows, in the query's order (decided); a parameter for n
HExecuteSQLQuery(QRY_Bottom, "SELECT BOTTOM 2 Name FROM customer ORDER BY Name")
FOR EACH QRY_Bottom
	Trace(QRY_Bottom.Name)       // expect: Carol
END                              // expect: Dave
src.pCount = 9
HExecuteSQLQuery(src, "SELECT DISTINCT BOTTOM {pCount} Name FROM customer ORDER BY Name DESC")
Trace(HNbRec(src))               // expect: 4
// TOP with a LIMIT of its own: refused in words
Trace(HExecuteSQLQuery(QRY_Bad, "SELECT TOP 2 Name FROM customer LIMIT 1"))   // expect: 0
Trace(HErrorInfo() [= "SELECT TOP 2 with LIMIT: the query has both")          // expect: 1

PROCEDURE AddCustomer(sName)
HReset(Customer)
Customer.Name = sName
HAdd(Customer)
