// A refused HAdd (a duplicate on a unique key) leaves the buffer's automatic identifier
// as the program had it, on SQLite and PostgreSQL alike (it was the refused number on
// SQLite, the buffer's own on PostgreSQL): HAdd's page (?3044147) fills it as "the added
// record becomes the current record", and nothing was added (decided, INFERRED:
// docs/hfsql.md "Automatic identifiers"). The number is given to the next record.
HReset(Customer)
Customer.Name = "Dupont"
Customer.Email = "dupont@example.com"
Trace(HAdd(Customer), Customer.CustomerID)                      // expect: 1, 1
HReset(Customer)
Customer.Name = "Durand"
Customer.Email = "dupont@example.com"
Trace(HAdd(Customer), HErrorDuplicates(), Customer.CustomerID)  // expect: 0, 1, 0
Customer.Email = "durand@example.com"
Trace(HAdd(Customer), Customer.CustomerID)                      // expect: 1, 2
// after a read, the buffer keeps the record read's identifier
HReadSeekFirst(Customer, Name, "Dupont")
Customer.Name = "Dupont bis"
Trace(HAdd(Customer), HErrorDuplicates(), Customer.CustomerID)  // expect: 0, 1, 1
Customer.Email = "bis@example.com"
Trace(HAdd(Customer), Customer.CustomerID, HNbRec(Customer))    // expect: 1, 3, 3
// in a transaction, the same
HTransactionStart()
HReset(Customer)
Customer.Name = "Petit"
Customer.Email = "bis@example.com"
Trace(HAdd(Customer), Customer.CustomerID)                      // expect: 0, 0
Customer.Email = "petit@example.com"
Trace(HAdd(Customer), Customer.CustomerID)                      // expect: 1, 4
HTransactionEnd()
FOR EACH Customer ON CustomerID
	Trace(Customer.CustomerID, Customer.Name)
END
// expect: 1, Dupont
// expect: 2, Durand
// expect: 3, Dupont bis
// expect: 4, Petit
