// LIKE on a sub-select's column whose alias is named like a currency or Boolean item gives
// the rows on both databases: PostgreSQL read the alias as the item (`trim_scale(Balance)`
// of a text) and refused the query, where SQLite gave the row. docs/hfsql.md "LIKE on an
// alias named like an item".
HReset(Customer)
Customer.Name = "Dupont"
Customer.Balance = 10.5
Customer.VIP = True
HAdd(Customer)
ds is Data Source
Trace(HExecuteSQLQuery(ds, "SELECT t.Balance FROM (SELECT Name AS Balance FROM Customer) t WHERE t.Balance LIKE 'Du%'"), HNbRec(ds))   // expect: 1, 1
HReadFirst(ds)
Trace(ds.Balance)   // expect: Dupont
Trace(HExecuteSQLQuery(ds, "SELECT t.VIP FROM (SELECT Name AS VIP FROM Customer) t WHERE VIP NOT LIKE 'Du%'"), HNbRec(ds))   // expect: 1, 0
Trace(HExecuteSQLQuery(ds, "SELECT Name AS Balance FROM Customer WHERE Balance LIKE '10.5'"), HNbRec(ds))   // expect: 1, 1
Trace(HExecuteSQLQuery(ds, "SELECT Name FROM Customer WHERE Balance LIKE '10.5' AND VIP LIKE '1'"), HNbRec(ds))   // expect: 1, 1
