// An INSERT written by hand that leaves the automatic identifier out (a WEBDEV CRUD's
// `INSERT INTO Customer (Name) VALUES (...)` through HExecuteSQLQuery): each new record
// gets its identifier, after those HAdd gave, as HAdd would. On SQLite the statement was
// refused ("the database refused NULL in the column CustomerID"). One that gives the
// identifiers itself moves the numbering past them: the next HAdd does not take an
// identifier a record holds (docs/hfsql.md "Automatic identifiers").
HReset(Customer)
Customer.Name = "Dupont"
HAdd(Customer)
Trace(Customer.CustomerID)                                              // expect: 1
ds is Data Source
Trace(HExecuteSQLQuery(ds, hQueryWithoutCorrection, "INSERT INTO Customer (Name, City) VALUES ('Ana', 'Lyon'), ('Bob; Sr', 'Nice');")) // expect: 1
Trace(HExecuteSQLQuery(ds, "INSERT INTO Customer (Name) SELECT Name || ' jr' FROM Customer WHERE City = 'Lyon'")) // expect: 1
HReset(Customer)
Customer.Name = "Martin"
HAdd(Customer)
Trace(Customer.CustomerID)                                              // expect: 5
Trace(HExecuteSQLQuery(ds, "INSERT INTO Customer (CustomerID, Name) VALUES (40, 'Given')")) // expect: 1
HReset(Customer)
Customer.Name = "After"
HAdd(Customer)
Trace(Customer.CustomerID)                                              // expect: 41
// a refused statement uses up no identifier
Trace(HExecuteSQLQuery(ds, "INSERT INTO Customer (Name, Nowhere) VALUES ('x', 1)"), HError() <> 0) // expect: 0, 1
HReset(Customer)
Customer.Name = "Last"
HAdd(Customer)
Trace(Customer.CustomerID)                                              // expect: 42
FOR EACH Customer
	Trace(Customer.CustomerID, Customer.Name)
END
// expect: 1, Dupont
// expect: 2, Ana
// expect: 3, Bob; Sr
// expect: 4, Ana jr
// expect: 5, Martin
// expect: 40, Given
// expect: 41, After
// expect: 42, Last
