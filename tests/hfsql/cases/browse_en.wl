// Browsing a data file in key order: text keys ignore case and accents
AddCustomer("Moore", "Paris", 10)
AddCustomer("dupont", "Lyon", 2.5)
AddCustomer("Émile", "Paris", 0)
AddCustomer("Dupont", "Nice", 7)
Trace(HNbRec(Customer))                  // expect: 4
Trace(Customer.CustomerID, HRecNum(Customer))   // expect: 4, 4
HReadFirst(Customer, Name)
WHILE NOT HOut(Customer)
	Trace(Customer.Name, Customer.City, Customer.Balance)
	HReadNext(Customer, Name)
END
// expect: dupont, Lyon, 2.5
// expect: Dupont, Nice, 7
// expect: Émile, Paris, 0
// expect: Moore, Paris, 10
HReadLast(Customer, Name)
Trace(Customer.Name, HFound(), HOut())   // expect: Moore, 1, 0
HReadPrevious(Customer, Name)
Trace(Customer.Name)                     // expect: Émile
HReadNext(Customer, Name)
HReadNext(Customer, Name)
Trace(HOut(), HFound(), Customer.Name)   // expect: 1, 0, Moore
// composite key City + Name
HReadFirst(Customer, CityName)
WHILE NOT HOut()
	Trace(Customer.City + "/" + Customer.Name)
	HReadNext()
END
// expect: Lyon/dupont
// expect: Nice/Dupont
// expect: Paris/Émile
// expect: Paris/Moore
// no key: record-number order
HReadFirst(Product)
Trace(HOut(Product), HFound(Product))    // expect: 1, 0
HRead(Customer, 2)
Trace(Customer.Name)                     // expect: dupont
Trace(HRead(Customer, 99), HOut())       // expect: 0, 1

PROCEDURE AddCustomer(sName, sCity, mBalance)
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
Customer.Balance = mBalance
HAdd(Customer)
