// HForward ?3044154 (in French HAvance): its example as written, on the Name key (the
// page writes the key CustomerName, then CustName). "The destination record is read and
// loaded in memory" (VERIFIED): Customer.Name and the other items are the 2000th
// record's. Past the last record "no read operation is performed": HForward returns
// False, HOut is True and the buffer keeps the record read before the call, not the
// last one walked over (decided from the page: docs/hfsql.md "Reading and browsing").
FOR i = 1 TO 2001
	HReset(Customer)
	Customer.Name = "C" + NumToString(i, "04d")
	Customer.City = "City " + i
	HAdd(Customer)
END
// Moves to the 2000th record
// of the Customer file according to the CustName key
HReadFirst(Customer, Name)
HForward(Customer, Name, 1999)
Trace(Customer.Name, Customer.City, HRecNum(Customer))          // expect: C2000, City 2000, 2000
// one record by default
Trace(HForward(Customer, Name), Customer.Name, HOut(Customer))  // expect: 1, C2001, 0
// past the end: nothing read
HReadSeekFirst(Customer, Name, "C1990")
Trace(HForward(Customer, Name, 50), HOut(Customer), Customer.Name, Customer.City)  // expect: 0, 1, C1990, City 1990
// HBackward (HRecule) alike
HReadFirst(Customer, Name)
HForward(Customer, Name, 4)
Trace(HBackward(Customer, Name, 2), Customer.Name)              // expect: 1, C0003
Trace(HBackward(Customer, Name, 9), HOut(Customer), Customer.Name)  // expect: 0, 1, C0003
