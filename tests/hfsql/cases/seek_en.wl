// HReadSeekFirst / HReadSeekLast / HReadSeek: exact, generic, misses, composite keys
HReset(Customer)
Customer.Name = "Durand"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Dupont"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Martin"
HAdd(Customer)
FOR i = 1 TO 6
	HReset(Orders)
	Orders.CustomerID = 1 + i % 2
	Orders.OrderDate = "2024010" + i
	Orders.Total = i * 10
	HAdd(Orders)
END

// all orders of customer 2, in key order (duplicates by record number)
HReadSeekFirst(Orders, CustomerID, 2)
WHILE HFound(Orders)
	Trace(Orders.OrderID, Orders.OrderDate)
	HReadNext(Orders, CustomerID)
END
// expect: 1, 20240101
// expect: 3, 20240103
// expect: 5, 20240105
Trace(HOut(Orders))                         // expect: 1
// exact miss: the next greater record is still read
Trace(HReadSeekFirst(Customer, Name, "Dur"))   // expect: 0
Trace(HFound(), HOut(), Customer.Name)         // expect: 0, 0, Durand
// generic search: starts with, case-insensitive
Trace(HReadSeekFirst(Customer, Name, "DU", hGeneric), Customer.Name)   // expect: 1, Dupont
HReadNext(Customer, Name)
Trace(HFound(), Customer.Name)                 // expect: 1, Durand
HReadNext(Customer, Name)
Trace(HFound(), HOut(), Customer.Name)         // expect: 0, 0, Martin
// HReadSeek is generic by default on text
Trace(HReadSeek(Customer, Name, "mar"), Customer.Name)   // expect: 1, Martin
Trace(HReadSeek(Customer, Name, "Zed"), HOut())          // expect: 0, 1
// HReadSeekLast: the last match
Trace(HReadSeekLast(Orders, CustomerID, 1), Orders.OrderID)   // expect: 1, 6
// no equal value: the last record below it is read, HFound False (?3044034); none below:
// nothing read, HOut True
Trace(HReadSeekLast(Orders, CustomerID, 9), HFound(Orders), HOut(Orders))     // expect: 0, 0, 0
Trace(Orders.CustomerID < 9)                                  // expect: 1
Trace(HReadSeekLast(Orders, CustomerID, -1), HOut(Orders))    // expect: 0, 1
// composite key with an array value, then a partial one
Trace(HReadSeekFirst(Orders, CustomerDate, [1, "20240104"]), Orders.OrderID)   // expect: 1, 4
Trace(HReadSeekFirst(Orders, CustomerDate, [1]), Orders.OrderDate)   // expect: 1, 20240102
// hLimitParsing: leaving the value ends the browse
HReadSeekFirst(Orders, CustomerID, 1, hLimitParsing)
n is int
WHILE NOT HOut(Orders)
	n++
	HReadNext(Orders, CustomerID)
END
Trace(n)                                        // expect: 3
// search on a plain item (not a key)
Trace(HReadSeekFirst(Orders, Total, 50), Orders.OrderID)   // expect: 1, 5
