// HDelete ?3044018 and <Source>.Delete ?1000025071: their examples on our files (the
// record number 123 is our 2; CustNum is our CustomerID); they pass.
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
HReset(Customer)
Customer.Name = "B"
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
// Delete the customer orders
HReadSeekFirst(Orders, CustomerID, ValCustNum)
WHILE HFound() = True
	HDelete(Orders)
	HReadNext(Orders, CustomerID)
END
Trace(HNbRec(Orders))                                 // expect: 3
// Deletes the record #2
Trace(HDelete(Orders, 2))                             // expect: 1
Trace(HNbRec(Orders))                                 // expect: 2
Customer.Delete(1)
Trace(HNbRec(Customer))                               // expect: 1
