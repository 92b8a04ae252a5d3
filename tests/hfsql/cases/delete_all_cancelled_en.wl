// HDeleteAll inside a transaction that is cancelled: the records come back, and the next
// HAdd takes a number after theirs (on PostgreSQL the restarted numbering is put back
// after the records a cancelled transaction brought back: docs/hfsql.md "Tables")
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
Customer.Name = "B"
HAdd(Customer)
Customer.Name = "C"
HAdd(Customer)
Trace(HTransactionStart())                             // expect: 1
Trace(HDeleteAll(Customer), HNbRec(Customer))          // expect: 1, 0
Customer.Name = "D"
Trace(HAdd(Customer), HRecNum(Customer))               // expect: 1, 1
Trace(HTransactionCancel())                            // expect: 1
Trace(HNbRec(Customer))                                // expect: 3
Customer.Name = "E"
Trace(HAdd(Customer), HRecNum(Customer), ErrorOccurred)   // expect: 1, 4, 0
Customer.Name = "F"
Trace(HAdd(Customer), HRecNum(Customer))               // expect: 1, 5
// committed, the numbering starts again as outside a transaction
HTransactionStart()
HDeleteAll(Customer)
HTransactionEnd()
Customer.Name = "G"
Trace(HAdd(Customer), HRecNum(Customer), HNbRec(Customer))   // expect: 1, 1, 1
FOR EACH Customer
	Trace(HRecNum(Customer), Customer.Name)            // expect: 1, G
END
