// Business code in WINDEV 25's prefix syntax (Customer.Add(), Customer.ReadSeekFirst(Name,
// "x"), Customer.Filter(...), Customer.SavePosition()...). Customer.RestorePosition(nPos)
// stopped ("A value of type data file cannot be used as a number"): HRestorePosition's
// first parameter is the position, which names its file; the prefix's source is not
// passed to it (nor to HFreePosition). docs/hfsql.md "Prefix syntax".
FOR EACH sName OF ["Smith", "Jones", "Brown", "Taylor"]
	Customer.Reset()
	Customer.Name = sName
	Customer.City = (sName = "Jones" ? "Leeds" ELSE "York")
	IF NOT Customer.Add() THEN Error(HErrorInfo())
END
Trace(Customer.NbRec())                                   // expect: 4
Customer.ReadFirst(Name)
WHILE NOT Customer.Out()
	Trace(Customer.Name)
	Customer.ReadNext(Name)
END
// expect: Brown
// expect: Jones
// expect: Smith
// expect: Taylor
IF Customer.ReadSeekFirst(Name, "jones") THEN
	Customer.City = "Hull"
	Customer.Modify()
END
Trace(Customer.Found(), Customer.City)                    // expect: 1, Hull
sKey is string = Customer.Filter("City = 'York'")
Trace(sKey)                                               // expect: City
n is int
Customer.ReadFirst()
WHILE NOT Customer.Out()
	n++
	Customer.ReadNext()
END
Trace(n)                                                  // expect: 3
Customer.DeactivateFilter()
Customer.ReadSeekFirst(Name, "Brown")
Customer.Delete()
Trace(Customer.NbRec(), HNbRec(Customer))                 // expect: 3, 3
Customer.ReadSeekFirst(Name, "Jones")
nPos is int = Customer.SavePosition()
Customer.ReadLast(Name)
Trace(Customer.Name)                                      // expect: Taylor
Customer.RestorePosition(nPos)
Trace(Customer.Name)                                      // expect: Jones
