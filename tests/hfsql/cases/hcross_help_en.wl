// HCross ?3044121 and <Source>.Cross (English twin of the French pages' examples):
// HCross() and HReadNext() without parameters (the last file, the browse in progress).
// Our Orders for ORDERS, CustomerID for CUSTNUM, record 2 for 123: it has orders, the
// integrity refuses crossing it ("False if an error occurred (locked record, integrity
// error, ...)").
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
Customer.Name = "B"
Customer.Email = "b@x.org"
HAdd(Customer)
FOR i = 1 TO 3
	HReset(Orders)
	Orders.CustomerID = 1
	HAdd(Orders)
	HReset(Orders)
	Orders.CustomerID = 2
	HAdd(Orders)
END
ValCustNum is int = 1
// Crosses the record #123
Trace(HCross(Customer, 2), HErrorIntegrity())                     // expect: 0, 1
// Cross the customer orders
HReadSeekFirst(Orders, CustomerID, ValCustNum)
WHILE HFound() = True
	HCross()
	HReadNext()
END
Trace(HNbRec(Orders), HNbRec(Orders, hStateCrossed), HNbRec(Customer)) // expect: 3, 3, 2
Orders.ReadSeekFirst(CustomerID, 2)
WHILE Orders.Found() = True
	Orders.Cross()
	Orders.ReadNext()
END
Trace(HNbRec(Orders), HNbRec(Orders, hStateCrossed))                 // expect: 0, 6
