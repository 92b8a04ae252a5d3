// HDelete ?3044018: "After running HDelete, the record is inserted in the list of deleted
// records and will be reused by HAdd" (VERIFIED); the lowest free number is taken first
// (UNVERIFIED: the order is not on the page). Automatic identifiers are never reused.
// A deleted last record is hStateDel, as one below the last (docs/hfsql.md, "Tables").
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
Customer.Name = "B"
HAdd(Customer)
Customer.Name = "C"
HAdd(Customer)
HDelete(Customer, 3)
Trace(HState(Customer, 3) = hStateDel)                 // expect: 1
Trace(HState(Customer, 4) = hStateInvalid)             // expect: 1
HDelete(Customer, 1)
Customer.Name = "D"
HAdd(Customer)
Trace(HRecNum(Customer), Customer.CustomerID)          // expect: 1, 4
Customer.Name = "E"
HAdd(Customer)
Trace(HRecNum(Customer), Customer.CustomerID)          // expect: 3, 5
Customer.Name = "F"
HAdd(Customer)
Trace(HRecNum(Customer), Customer.CustomerID)          // expect: 4, 6
FOR EACH Customer
	Trace(HRecNum(Customer), Customer.Name)
END
// expect: 1, D
// expect: 2, B
// expect: 3, E
// expect: 4, F
// a deletion cancelled with its transaction: the record is back, its number not reused
HTransactionStart()
HDelete(Customer, 2)
HTransactionCancel()
Customer.Name = "G"
HAdd(Customer)
Trace(HRecNum(Customer))                               // expect: 5
