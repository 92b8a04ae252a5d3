// FOR EACH ... FromEnd / WithoutSavingPosition on a data file and a query
AddCustomer("Moore", "Paris")
AddCustomer("Dupont", "Lyon")
AddCustomer("Émile", "Nice")
FOR EACH Customer ON Name FromEnd
	Trace(Customer.Name)
END
// expect: Moore
// expect: Émile
// expect: Dupont
// no key: record numbers, from the last
FOR EACH Customer FromEnd
	Trace(HRecNum(Customer))
END
// expect: 3
// expect: 2
// expect: 1
// WHERE and FromEnd in either order
FOR EACH Customer ON Name FromEnd WHERE City <> "Lyon"
	Trace(Customer.Name)
END
// expect: Moore
// expect: Émile
FOR EACH Customer ON Name WHERE City <> "Nice" FromEnd
	Trace(Customer.Name)
END
// expect: Moore
// expect: Dupont
// by default the position is saved before the loop and restored after it
HReadFirst(Customer, Name)
FOR EACH Customer ON Name
END
HReadNext(Customer, Name)
Trace(Customer.Name)                       // expect: Émile
// WithoutSavingPosition leaves the file where the loop left it
HReadFirst(Customer, Name)
FOR EACH Customer ON Name WithoutSavingPosition
	IF Customer.Name = "Émile" THEN BREAK
END
HReadNext(Customer, Name)
Trace(Customer.Name)                       // expect: Moore
FOR EACH Customer ON Name WithoutSavingPosition
END
Trace(HOut(Customer))                      // expect: 1
// a query's result, from its end
qCities is SQL Query = [
    SELECT City FROM Customer ORDER BY City
]
HExecuteQuery(qCities)
FOR EACH qCities FromEnd
	Trace(qCities.City)
END
// expect: Paris
// expect: Nice
// expect: Lyon

PROCEDURE AddCustomer(sName is string, sCity is string)
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
HAdd(Customer)
