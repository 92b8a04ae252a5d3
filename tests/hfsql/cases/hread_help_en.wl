// Help pages HRead ?3044047 and <Source>.Read ?1000025019: their example as written
// (Info shows the names), then the cases they list. A record number beyond the highest
// one, negative, or in an empty file: nothing read, HOut True; a record that is gone
// (deleted or crossed): nothing read, HOut False, and HState tells its state
// (hStateDel: a number below the highest one that is gone, docs/hfsql.md).
AddCustomer("Moore")
AddCustomer("Dupont")
AddCustomer("Adams")
// Sequential browse to display the name of all customers
i is int
FOR i = 1 _TO_ HNbRec(Customer, hStateAll)
	HRead(Customer, i)
	IF HState() = hStateActive THEN
		Info("Customer name: " + Customer.Name)
	END
END
// expect: Customer name: Moore
// expect: Customer name: Dupont
// expect: Customer name: Adams
// Sequential iteration to display the name of all customers
FOR i = 1 _TO_ Customer.NbRec(hStateAll)
	Customer.Read(i)
	IF Customer.State() = hStateActive THEN
		Info("Customer name: " + Customer.Name)
	END
END
// expect: Customer name: Moore
// expect: Customer name: Dupont
// expect: Customer name: Adams
HDelete(Customer, 2)
Trace(HRead(Customer, 2))                          // expect: 0
Trace(HOut(Customer))                              // expect: 0
Trace(HState(Customer) = hStateDel)                // expect: 1
Trace(HRecNum(Customer))                           // expect: 2
// HNbRec counts the deleted record in hStateAll (the page's loop reads up to it)
Trace(HNbRec(Customer), HNbRec(Customer, hStateAll), HNbRec(Customer, hStateDel), HNbRec(Customer, hStateActive + hStateDel)) // expect: 2, 3, 1, 3
FOR i = 1 _TO_ HNbRec(Customer, hStateAll)
	HRead(Customer, i)
	IF HState() = hStateActive THEN
		Info("Customer name: " + Customer.Name)
	END
END
// expect: Customer name: Moore
// expect: Customer name: Adams
Trace(HRead(Customer, 3))                          // expect: 1
Trace(Customer.Name)                               // expect: Adams
Trace(HRead(Customer, 4))                          // expect: 0
Trace(HOut(Customer))                              // expect: 1
Trace(Customer.Read(-1))                           // expect: 0
Trace(Customer.Out())                              // expect: 1
Trace(HRead(Product, 1))                           // expect: 0
Trace(HOut(Product))                               // expect: 1

PROCEDURE AddCustomer(sName)
HReset(Customer)
Customer.Name = sName
Customer.City = "Paris"
HAdd(Customer)
