// HSeekLast ?3044129 and <Source>.SeekLast ?1000025054 (English twin of the French
// pages): positions on the last record of the value sought without reading it ("the HFSQL
// variables ... are not updated"); "not HDelete(Customer) but HDelete(Customer,
// HRecNum())".
HReset(Customer)
Customer.Name = "Durand"
Customer.City = "Paris"
HAdd(Customer)
Customer.Name = "Martin"
Customer.City = "Lyon"
HAdd(Customer)
Customer.Name = "Durand"
Customer.City = "Nice"
Customer.Email = "d2@example.org"
HAdd(Customer)
HReadFirst(Customer, Name)
Trace(HSeekLast(Customer, Name, "Durand"), HFound(), HRecNum(Customer), Customer.Name) // expect: 1, 1, 3, Durand
Trace(Customer.City)                                              // expect: Paris
HDelete(Customer, HRecNum())
Trace(HNbRec(Customer))                                           // expect: 2
Trace(Customer.SeekLast(Name, "Martin"), Customer.RecNum())      // expect: 1, 2
Trace(HSeekLast(Customer, Name, "Aaron"), HFound(), HOut())       // expect: 0, 0, 1
// a value above every record: "lower than or equal to" positions on the last one below
// it, HFound False (as HReadSeekLast ?3044034)
Trace(HSeekLast(Customer, Name, "Zola"), HFound(), HOut(), HRecNum()) // expect: 0, 0, 0, 2
