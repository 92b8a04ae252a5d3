// HFilterIdentical / HFilterStartsWith / HFilterIncludedBetween / HFilterContains
AddCustomer("Durand", "Paris")
AddCustomer("dupont", "Lyon")
AddCustomer("Martin", "Paris")
AddCustomer("Émile", "Nice")
AddCustomer("Bernard", "Lyon")
Trace(HFilterIdentical(Customer, City, "paris"))          // expect: City
FOR EACH Customer
	Trace(Customer.Name)
END
// expect: Durand
// expect: Martin
Trace(HFilterStartsWith(Customer, Name, "du"))            // expect: Name
HReadFirst(Customer)
WHILE NOT HOut(Customer)
	Trace(Customer.Name)
	HReadNext(Customer)
END
// expect: dupont
// expect: Durand
Trace(HFilterIncludedBetween(Customer, Name, "C", "F"))   // expect: Name
FOR EACH Customer ON Name
	Trace(Customer.Name)
END
// expect: dupont
// expect: Durand
// expect: Émile
Trace(HFilterContains(Customer, Name, "AR"))              // expect: Name
FOR EACH Customer ON Name
	Trace(Customer.Name)
END
// expect: Bernard
// expect: Martin
// composite key: the first components equal, the last one starting with
HFilterStartsWith(Customer, CityName, ["Lyon", "b"])
FOR EACH Customer
	Trace(Customer.Name)
END
// expect: Bernard
HDeactivateFilter(Customer)
Trace(HNbRec(Customer))                                   // expect: 5
Trace(HFilterStartsWith(Customer, Balance, "1"), HError() <> 0)   // expect: , 1

PROCEDURE AddCustomer(sName is string, sCity is string)
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
HAdd(Customer)
