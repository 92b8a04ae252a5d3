// Customer search screen, as a WINDEV developer writes it: the start of the name typed
// filters the list (HFilterStartsWith), the generic (HReadSeek, hGeneric) and the exact
// search, case and accents ignored on the key
AddCustomer("Dupont", "Lyon", 120.5)
AddCustomer("DUPOND", "Paris")
AddCustomer("Durand", "Nice", 45)
AddCustomer("Émile", "Lyon", 10)
AddCustomer("Martin", "Paris", 300)

gsTyped is string = "du"
sKey is string = HFilterStartsWith(Customer, Name, gsTyped)
Trace(sKey)                     // expect: Name
HReadFirst(Customer, sKey)
WHILE NOT HOut(Customer)
	Trace(Customer.Name, Customer.City)
	HReadNext(Customer, sKey)
END
// expect: DUPOND, Paris
// expect: Dupont, Lyon
// expect: Durand, Nice
HDeactivateFilter(Customer)
// the same list through a generic search
HReadSeek(Customer, Name, gsTyped, hGeneric)
WHILE HFound(Customer)
	Trace(Customer.Name)
	HReadNext(Customer, Name)
END
// expect: DUPOND
// expect: Dupont
// expect: Durand
IF HReadSeek(Customer, Name, "dupont", hIdentical) THEN
	Trace("found", Customer.Name, Customer.Balance)
END
// expect: found, Dupont, 120.5
HReadSeekFirst(Customer, Name, "emile")
IF HFound() THEN Trace(Customer.Name + " lives in " + Customer.City)
// expect: Émile lives in Lyon
Trace(SeekByCity("lyon") + " customer(s) in Lyon")      // expect: 2 customer(s) in Lyon
Trace(ListCustomers("PARIS"))                           // expect: DUPOND, Martin
Trace(ListCustomers("Rome") = "")                       // expect: 1

PROCEDURE AddCustomer(LOCAL sName is string, LOCAL sCity is string, LOCAL mBalance is currency = 0)
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
Customer.Balance = mBalance
HAdd(Customer)

PROCEDURE SeekByCity(sCity)
nCount is int
HReadSeekFirst(Customer, City, sCity)
WHILE HFound(Customer)
	nCount++
	HReadNext(Customer, City)
END
RESULT nCount

PROCEDURE ListCustomers(sCity is string) : string
sRes is string
FOR EACH Customer WITH City = sCity
	sRes += [", "] + Customer.Name
END
RESULT sRes
