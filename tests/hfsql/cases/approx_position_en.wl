// HGetCurrentPosition / HSetPosition: positions 1 to 1000 in key order
i is int
FOR i = 1 TO 10
	HReset(Customer)
	Customer.Name = Charact(Asc("K") - i)
	IF Modulo(i, 2) = 0 THEN Customer.City = "Paris" ELSE Customer.City = "Lyon"
	HAdd(Customer)
END
Trace(HGetCurrentPosition(Customer, Name))                // expect: 0
HReadFirst(Customer, Name)
Trace(Customer.Name, HGetCurrentPosition(Customer, Name)) // expect: A, 1
HReadLast(Customer, Name)
Trace(Customer.Name, HGetCurrentPosition(Customer, Name)) // expect: J, 1000
HReadSeekFirst(Customer, Name, "E")
Trace(HGetCurrentPosition(Customer, Name))                // expect: 445
Trace(HSetPosition(Customer, Name, 445), Customer.Name)   // expect: 1, E
Trace(HSetPosition(Customer, Name, 1000), Customer.Name)  // expect: 1, J
Trace(HSetPosition(Customer, Name, 1), Customer.Name)     // expect: 1, A
// the browse goes on from the record positioned on
HSetPosition(Customer, Name, 500, hPrecisionHigh)
Trace(Customer.Name)                                      // expect: E
HReadNext(Customer, Name)
Trace(Customer.Name)                                      // expect: F
// an item that is not a key: record-number order (J was added first)
HSetPosition(Customer, Société, 1)
Trace(Customer.Name, HRecNum(Customer))                   // expect: J, 1
// within a filter
HFilter(Customer, "City = 'Paris'")
HSetPosition(Customer, Name, 1000)
Trace(Customer.Name, Customer.City)                       // expect: I, Paris
HDeactivateFilter(Customer)
Trace(HSetPosition(Customer, Name, 0), HError() <> 0)     // expect: 0, 1
HDeleteAll(Customer)
Trace(HSetPosition(Customer, Name, 10), HOut(Customer))   // expect: 0, 1
