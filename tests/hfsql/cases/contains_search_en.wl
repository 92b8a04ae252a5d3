// (method b) A "contains" search on the customer file, as a WINDEV developer writes it:
// the text typed sought in the name or the city (HFilter with LIKE '%...%' and OR), by
// HFilterContains, by a condition's ] operator, then the generic search on the start
// of the name (HReadSeek, hGeneric); case is ignored. French twin: recherche_contient_fr.wl.
AddCustomer("Dupont", "Lyon")
AddCustomer("DUPONTEL", "Paris")
AddCustomer("Martin", "Dupont-sur-Mer")
AddCustomer("Lapointe", "Nice")
AddCustomer("Durand", "Lyon")

Trace(FindCustomers("pont"))            // expect: Dupont (Lyon), DUPONTEL (Paris), Martin (Dupont-sur-Mer)
Trace(FindCustomers("LYON"))            // expect: Dupont (Lyon), Durand (Lyon)
Trace(FindCustomers("zzz"))             // expect: no customer
// HFilterContains on an item
HFilterContains(Customer, Name, "poi")
FOR EACH Customer
	Trace(Customer.Name)                // expect: Lapointe
END
HDeactivateFilter(Customer)
// the ] (contains) operator in the condition
HFilter(Customer, "City ] 'sur'")
HReadFirst(Customer)
WHILE NOT HOut(Customer)
	Trace(Customer.Name, Customer.City)   // expect: Martin, Dupont-sur-Mer
	HReadNext(Customer)
END
HDeactivateFilter(Customer)
// the generic search: the names starting with the text
sList is string
HReadSeek(Customer, Name, "du", hGeneric)
WHILE HFound(Customer)
	sList += [", "] + Customer.Name
	HReadNext(Customer, Name)
END
Trace(sList)                              // expect: Dupont, DUPONTEL, Durand
Trace(HNbRec(Customer))                   // expect: 5

PROCEDURE FindCustomers(LOCAL sText is string) : string
sResult is string
sPattern is string = "%" + sText + "%"
HFilter(Customer, StringBuild("Name LIKE '%1' OR City LIKE '%1'", sPattern))
FOR EACH Customer ON Name
	sResult += [", "] + StringBuild("%1 (%2)", Customer.Name, Customer.City)
END
HDeactivateFilter(Customer)
IF sResult = "" THEN RESULT "no customer"
RESULT sResult

PROCEDURE AddCustomer(sName, sCity)
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
HAdd(Customer)
