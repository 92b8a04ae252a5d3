// WINDEV's prefix syntax: <Source>.ReadSeekFirst(...), <Source>.Found()... are the H*
// functions with the data file (query, data source) first.
FOR EACH s OF ["MOORE", "Dupont", "moore"]
	Customer.Reset()
	Customer.Name = s
	Customer.City = "Paris"
	Customer.Add()
END
Trace(Customer.NbRec())                                   // expect: 3
Customer.ReadSeekFirst(Name, "MOORE")
IF Customer.Found() = False THEN
	Error("Customer not found")
ELSE
	Trace("found", Customer.Name)                         // expect: found, MOORE
END
Customer.ReadFirst(Name)
WHILE Customer.Out() = False
	Trace(Customer.Name)
	Customer.ReadNext(Name)
END
// expect: Dupont
// expect: MOORE
// expect: moore
sKey is string = Customer.Filter("Name = 'Dupont'")
Customer.ReadFirst(sKey)
Trace(Customer.Name, Customer.Out())                      // expect: Dupont, 0
Customer.DeactivateFilter()
Customer.ReadSeekFirst(Name, "Dupont")
Customer.City = "Lyon"
Customer.Modify()
Customer.ReadSeekFirst(Name, "moore")
Customer.Delete()
Trace(Customer.NbRec(), Customer.ReadSeekFirst(Name, "Dupont"), Customer.City)   // expect: 2, 1, Lyon
ds is Data Source
HExecuteSQLQuery(ds, "SELECT Name FROM Customer ORDER BY Name")
ds.ReadFirst()
Trace(ds.Name, ds.NbRec(), ds.Out())                      // expect: Dupont, 2, 0
ds.ReadNext()
ds.ReadNext()
Trace(ds.Out())                                           // expect: 1
q is SQL Query = "SELECT Name FROM Customer WHERE City = 'Lyon'"
HExecuteQuery(q)
q.ReadFirst()
Trace(q.Name, q.NbRec())                                  // expect: Dupont, 1
Customer.Nope()                                           // expect error: Nope
