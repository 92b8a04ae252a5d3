// Business code as WINDEV projects write it (English): mixed case, file and items
// through indirection, a bounded filter, hMinVal/hMaxVal bounds, a transaction undone
// on error.
HOnError("*", hErrAll, "")
names is array of strings = ["Dupont", "Martin", "dupont", "Durand", "Émile", "Dupontel"]
cities is array of strings = ["Paris", "Lyon", "Lyon", "Nice", "Paris", "Paris"]
FOR i = 1 TO names..Count
	HReset(CUSTOMER)
	Customer.Name = names[i]
	customer.city = cities[i]
	Customer.Balance = i * 10.5
	IF NOT HAdd(Customer) THEN Error(HErrorInfo())
END
HReadSeekFirst(Customer, Name, "Dupont")
WHILE HFound(Customer)
	Trace(Customer.Name, Customer.City)
	HReadNext(Customer, Name)
END
// expect: Dupont, Paris
// expect: dupont, Lyon
Trace(HReadSeek(Customer, Name, "dupont" + Charact(0)), HFound(), Customer.Name)   // expect: 1, 1, Dupont
sKey is string = HFilter(Customer, name, "Dupont" + hMinVal, "Dupont" + hMaxVal, "City = 'Paris'")
Trace(sKey)                                               // expect: Name
HReadFirst(Customer, sKey)
WHILE NOT HOut(Customer)
	Trace("filtered", Customer.Name)
	HReadNext(Customer, sKey)
END
// expect: filtered, Dupont
// expect: filtered, Dupontel
HDeactivateFilter(Customer)
HFilter(Customer, CityName, HBuildKeyValue(Customer, CityName, "Paris", "Dupont") + hMinVal, HBuildKeyValue(Customer, CityName, "Paris", "Dupont") + hMaxVal)
FOR EACH Customer ON CityName
	Trace("Paris", Customer.Name)
END
// expect: Paris, Dupont
// expect: Paris, Dupontel
HDeactivateFilter(Customer)
sFile is string = "customer"
IF HReadSeekFirst(sFile, "Name", "Martin") THEN
	Trace({sFile + ".Name"}, {sFile + ".City"})          // expect: Martin, Lyon
	{sFile + ".Balance"} = "99.5"
	HModify({sFile})
END
HReadSeekFirst(Customer, Name, "Martin")
Trace(Customer.Balance)                                   // expect: 99.5
// a transaction undone when one write is refused
HTransactionStart()
bOK is boolean = True
FOR EACH s OF ["a@x.com", "b@x.com", "A@X.COM"]
	HReset(Customer)
	Customer.Name = "New"
	Customer.Email = s
	IF NOT HAdd(Customer) THEN
		bOK = False
		BREAK
	END
END
IF bOK THEN
	HTransactionEnd()
ELSE
	Trace("refused", HErrorDuplicates())                  // expect: refused, 1
	HTransactionCancel()
END
Trace(HNbRec(Customer), HReadSeekFirst(Customer, Email, "a@x.com"))   // expect: 6, 0
// HSave([File [, options]]): the second parameter is the options, not a record number
HReadSeekFirst(Customer, Name, "Durand")
Customer.City = "Oslo"
Trace(HSave(Customer, hLockNo), HNbRec(Customer))         // expect: 1, 6
HReset(Customer)
Customer.CustomerID = 40
Customer.Name = "Forced"
Trace(HSave(Customer, hForceIdAuto), Customer.CustomerID, HNbRec(Customer))   // expect: 1, 40, 7
HReadSeekFirst(Customer, Name, "durand")
Trace(Customer.City)                                      // expect: Oslo
// hSetIdAuto (FR hFixeIdAuto) writes the buffer's identifier too
HReset(Customer)
Customer.CustomerID = 60
Customer.Name = "Set"
Trace(HSave(Customer, hSetIdAuto), Customer.CustomerID)   // expect: 1, 60
