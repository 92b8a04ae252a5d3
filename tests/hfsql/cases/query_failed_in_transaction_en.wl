// A query that fails inside a transaction (a typo in its SQL: HExecuteSQLQuery False)
// leaves the transaction as it was, as a refused write does: the program decides. On
// PostgreSQL the failed statement aborted the whole transaction: every later write failed
// ("current transaction is aborted"), HTransactionEnd returned False and the records
// written before it were lost, where SQLite went on. docs/hfsql.md "Transactions".
Trace(HTransactionStart())                            // expect: 1
HReset(Customer)
Customer.Name = "Before"
Trace(HAdd(Customer))                                 // expect: 1
ds is Data Source
Trace(HExecuteSQLQuery(ds, "SELECT Name FROM Customer ORDER BY Nope"))   // expect: 0
Trace(HExecuteSQLQuery(ds, hQueryWithoutCorrection, "UPDATE Customer SET Nope = 1"))   // expect: 0
HReset(Customer)
Customer.Name = "After"
Trace(HAdd(Customer))                                 // expect: 1
Trace(HExecuteSQLQuery(ds, "SELECT Name FROM Customer ORDER BY Name"), HNbRec(ds))   // expect: 1, 2
Trace(HExecuteSQLQuery(ds, hQueryWithoutCorrection, "UPDATE Customer SET City = 'Nice'"))   // expect: 1
Trace(HTransactionEnd())                              // expect: 1
FOR EACH Customer ON Name
	Trace(Customer.Name, Customer.City)               // expect: After, Nice
	                                                  // expect: Before, Nice
END
// cancelled after a failed query: nothing of it stays
HTransactionStart()
HReset(Customer)
Customer.Name = "Gone"
HAdd(Customer)
Trace(HExecuteSQLQuery(ds, "SELECT Nope FROM Customer"))   // expect: 0
Trace(HTransactionCancel(), HNbRec(Customer))         // expect: 1, 2
