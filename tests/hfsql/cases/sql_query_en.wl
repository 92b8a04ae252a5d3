// SQL Query variables, hModifyFile and queries on a connection
HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Martin"
Customer.City = "Lyon"
HAdd(Customer)
qCity is SQL Query = [
    SELECT Name, City FROM Customer WHERE City = {pCity} ORDER BY Name
]
qCity.pCity = "Lyon"
Trace(HExecuteQuery(qCity))                  // expect: 1
FOR EACH qCity
    Trace(qCity.Name, qCity.City)            // expect: Martin, Lyon
END
qCity.pCity = "Paris"
HExecuteQuery(qCity)
Trace(HReadFirst(qCity), qCity.Name, HNbRec(qCity))   // expect: 1, Dupont, 1
// an unset parameter drops its condition in whichever SELECT of a UNION holds it
qBoth is SQL Query = [
    SELECT Name FROM Customer WHERE City = {pFirst} UNION SELECT Name FROM Customer WHERE Name = {pSecond} ORDER BY Name
]
qBoth.pFirst = "Lyon"
Trace(HExecuteQuery(qBoth), HNbRec(qBoth))   // expect: 1, 2
qBoth.pSecond = "Dupont"
HExecuteQuery(qBoth)
FOR EACH qBoth
    Trace(qBoth.Name)
END
// expect: Dupont
// expect: Martin
// the result of a query run with hModifyFile writes its changes to the data file
HExecuteQuery(qCity, hQueryDefault + hModifyFile)
HReadFirst(qCity)
qCity.City = "Nice"
Trace(HModify(qCity))                        // expect: 1
HReadSeekFirst(Customer, Name, "Dupont")
Trace(Customer.City)                         // expect: Nice
ds is Data Source
HExecuteSQLQuery(ds, hModifyFile, "SELECT * FROM Customer WHERE Name = 'Martin'")
HReadFirst(ds)
Trace(HDelete(ds), HNbRec(Customer))         // expect: 1, 1
// without hModifyFile the data file is left as it is
HExecuteSQLQuery(ds, "SELECT Name, City FROM Customer")
HReadFirst(ds)
ds.City = "Rome"
HModify(ds)
HReadFirst(Customer, Name)
Trace(ds.City, Customer.City)                // expect: Rome, Nice
// hModifyFile on a join is refused
Trace(HExecuteSQLQuery(ds, hModifyFile, "SELECT c.Name FROM Customer c JOIN Orders o ON o.CustomerID = c.CustomerID"), HError() <> 0)   // expect: 0, 1
// a query on another connection
cnx is Connection
cnx..Provider = hNativeAccessSQLite
cnx..Database = ":memory:"
HOpenConnection(cnx)
HChangeConnection(Product, cnx)
HReset(Product)
Product.Reference = "ELSEWHERE"
HAdd(Product)
Trace(HExecuteSQLQuery(ds, cnx, hQueryDefault, "SELECT count(*) AS n FROM Product"))   // expect: 1
HReadFirst(ds)
Trace(ds.n)                                  // expect: 1
dsP is Data Source
HExecuteSQLQuery(dsP, cnx, "SELECT Reference FROM Product")
HReadFirst(dsP)
Trace(dsP.Reference)                         // expect: ELSEWHERE
qRef is SQL Query = "SELECT Reference FROM Product"
HExecuteQuery(qRef, cnx)
FOR EACH qRef
    Trace(qRef.Reference)                    // expect: ELSEWHERE
END
