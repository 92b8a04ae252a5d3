// (method b) Customer de-duplication by normalised name (NoAccent, Upper, dashes and
// spaces brought to one), as a WINDEV developer writes it: the first customer of a name
// is kept, the next ones are merged into it (orders moved, balance added, city taken
// when empty) then deleted, all in a transaction; an associative array remembers the
// customer kept per normalised name. French twin: dedoublonnage_clients_nom_normalise_fr.wl.
AddCustomer("Élodie Müller", "Lyon", 100)
AddCustomer("ELODIE MULLER", "", 50)
AddCustomer("élodie  müller ", "Paris", 25)
AddCustomer("Jean-Marc Dupré", "Nice", 10)
AddCustomer("Jean Marc DUPRE", "Nice", 5)
AddCustomer("Zoé", "Agen", 0)
arrKept is associative array of int
arrMerges is array of strings
nMerged is int
HTransactionStart()
FOR EACH Customer ON CustomerID
	sKey is string = NormalisedName(Customer.Name)
	IF arrKept[sKey]..Exist THEN
		nKept is int = arrKept[sKey]
		mBalance is currency = Customer.Balance
		sCity is string = Customer.City
		nDuplicate is int = Customer.CustomerID
		// the orders go to the customer kept
		FOR EACH Orders WHERE CustomerID = nDuplicate
			Orders.CustomerID = nKept
			HModify(Orders)
		END
		HDelete(Customer)
		IF HReadSeekFirst(Customer, CustomerID, nKept) THEN
			Customer.Balance += mBalance
			IF Customer.City = "" THEN Customer.City = sCity
			HModify(Customer)
		END
		HReadSeekFirst(Customer, CustomerID, nDuplicate)
		ArrayAdd(arrMerges, nDuplicate + " -> " + nKept)
		nMerged++
	ELSE
		arrKept[sKey] = Customer.CustomerID
	END
END
HTransactionEnd()
Trace(nMerged, HNbRec(Customer))                  // expect: 3, 3
Trace(ArrayToString(arrMerges, ";"))              // expect: 2 -> 1;3 -> 1;5 -> 4
FOR EACH Customer ON CustomerID
	Trace(Customer.CustomerID, Customer.Name, Customer.City, Customer.Balance, NormalisedName(Customer.Name))
END
// expect: 1, Élodie Müller, Lyon, 175, ELODIE MULLER
// expect: 4, Jean-Marc Dupré, Nice, 15, JEAN MARC DUPRE
// expect: 6, Zoé, Agen, 0, ZOE
// the duplicates' orders belong to the customer kept
FOR EACH Customer ON CustomerID
	nOrders is int = 0
	FOR EACH Orders WHERE CustomerID = Customer.CustomerID
		nOrders++
	END
	Trace(Customer.CustomerID, nOrders)
END
// expect: 1, 3
// expect: 4, 2
// expect: 6, 1

PROCEDURE NormalisedName(LOCAL sName is string) : string
sRes is string = Upper(NoSpace(NoAccent(sName)))
sRes = Replace(sRes, "-", " ")
WHILE Position(sRes, "  ") > 0
	sRes = Replace(sRes, "  ", " ")
END
RESULT sRes

PROCEDURE AddCustomer(sName, sCity, mBalance is currency)
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
Customer.Balance = mBalance
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.Total = mBalance
HAdd(Orders)
