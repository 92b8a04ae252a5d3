// HDeleteAll empties the file: the next HAdd is record 1 again, on SQLite and on
// PostgreSQL alike (*decided*, docs/hfsql.md "Tables": HDeleteAll's page is not stored;
// SQLite gave 1, PostgreSQL's identity went on). Automatic identifiers go on.
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
Customer.Name = "B"
HAdd(Customer)
Customer.Name = "C"
HAdd(Customer)
Trace(HDeleteAll(Customer))                            // expect: 1
Trace(HNbRec(Customer))                                // expect: 0
Customer.Name = "D"
HAdd(Customer)
Trace(HRecNum(Customer), Customer.CustomerID)          // expect: 1, 4
Customer.Name = "E"
HAdd(Customer)
Trace(HRecNum(Customer), Customer.CustomerID)          // expect: 2, 5
// a crossed record holding the largest number keeps it: the next HAdd takes the one after
Customer.Name = "F"
HAdd(Customer)
Trace(HCross(Customer, 3))                             // expect: 1
Customer.Name = "G"
HAdd(Customer)
Trace(HRecNum(Customer), Customer.CustomerID)          // expect: 4, 7
Trace(HState(Customer, 3) = hStateCrossed)             // expect: 1
Customer.Name = "H"
HAdd(Customer)
Trace(HRecNum(Customer), Customer.CustomerID)          // expect: 5, 8
// crossed after the free numbers were read: the same
Trace(HCross(Customer, 5))                             // expect: 1
Customer.Name = "I"
HAdd(Customer)
Trace(HRecNum(Customer))                               // expect: 6
Trace(HState(Customer, 5) = hStateCrossed)             // expect: 1
FOR EACH Customer
	Trace(HRecNum(Customer), Customer.Name)
END
// expect: 1, D
// expect: 2, E
// expect: 4, G
// expect: 6, I
// an HDeleteAll cancelled with its transaction: the records are back, numbering goes on
HTransactionStart()
HDeleteAll(Customer)
HTransactionCancel()
Trace(HNbRec(Customer))                                // expect: 4
Customer.Name = "J"
HAdd(Customer)
Trace(HRecNum(Customer))                               // expect: 7
