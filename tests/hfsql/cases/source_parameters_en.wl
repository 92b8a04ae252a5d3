// HExecuteSQLQuery on a Data Source whose SQL holds {parameters} or :parameters,
// their values set on the data source before the run (docs/hfsql.md)
HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
Customer.Balance = 5
HAdd(Customer)
HReset(Customer)
Customer.Name = "Martin"
Customer.City = "Lyon"
Customer.Balance = 50
HAdd(Customer)
HReset(Customer)
Customer.Name = "Petit"
Customer.City = "Lyon"
Customer.Balance = 500
HAdd(Customer)
src is Data Source
src.pMin = 10
Trace(HExecuteSQLQuery(src, "SELECT Name FROM Customer WHERE Balance >= {pMin} ORDER BY Name"))   // expect: 1
FOR EACH src
    Trace(src.Name)                          // expect: Martin
                                             // expect: Petit
END
// the value of the moment counts: set again, run again
src.PMIN = 100
HExecuteSQLQuery(src, hQueryDefault, "SELECT Name FROM Customer WHERE Balance >= {pMin}")
Trace(HNbRec(src), HReadFirst(src), src.Name)    // expect: 1, 1, Petit
// two parameters, and a % of the text's own beside them
sCity is Data Source
sCity.pCity = "Lyon"
sCity.pMax = 100
HExecuteSQLQuery(sCity, "SELECT Name, '100%' AS pct FROM Customer WHERE City = {pCity} AND Balance < {pMax}")
Trace(HNbRec(sCity), HReadFirst(sCity), sCity.Name, sCity.pct)   // expect: 1, 1, Martin, 100%
// a {parameter} with no value drops its condition of the WHERE clause
sAll is Data Source
sAll.pCity = "Lyon"
HExecuteSQLQuery(sAll, "SELECT Name FROM Customer WHERE City = {pCity} AND Balance > {pNever} ORDER BY Name")
Trace(HNbRec(sAll))                          // expect: 2
sAll.pCity = Null
HExecuteSQLQuery(sAll, "SELECT Name FROM Customer WHERE City = {pCity} ORDER BY Name")
Trace(HNbRec(sAll))                          // expect: 3
// :parameter, as the native accesses bind them; text in quotes is left alone
sBind is Data Source
sBind.lastname = "Dupont"
HExecuteSQLQuery(sBind, "SELECT Name, ':lastname {x}' AS t FROM Customer WHERE Name = :lastname")
Trace(HNbRec(sBind), HReadFirst(sBind), sBind.Name, sBind.t)   // expect: 1, 1, Dupont, :lastname {x}
// a :parameter never set is an error of the query
sMissing is Data Source
Trace(HExecuteSQLQuery(sMissing, "SELECT Name FROM Customer WHERE Name = :who"), HError() <> 0)   // expect: 0, 1
Trace(Position(HErrorInfo(), ":who") > 0)    // expect: 1
// an INSERT with parameters (the data file made first: SQL does not make it)
HCreationIfNotFound(Product)
sIns is Data Source
sIns.pRef = "R-1"
sIns.pLabel = "Roue"
sIns.pStock = 7
Trace(HExecuteSQLQuery(sIns, "INSERT INTO Product (Reference, Label, Price, Stock) VALUES ({pRef}, {pLabel}, 1.5, {pStock})"))   // expect: 1
HReadSeekFirst(Product, Reference, "R-1")
Trace(HFound(Product), Product.Label, Product.Stock)   // expect: 1, Roue, 7
// an SQL Query variable with a parameter and a % of its own
qPct is SQL Query = "SELECT Name, '10%' AS pct FROM Customer WHERE City = {pCity} ORDER BY Name"
qPct.pCity = "Paris"
HExecuteQuery(qPct)
Trace(HReadFirst(qPct), qPct.Name, qPct.pct)   // expect: 1, Dupont, 10%
