// Help pages HReadLast ?3044140, HReadPrevious ?3044048, HFirst ?3044113, <Source>.First
// ?1000025048 and <Source>.Forward ?1000024195: their examples as written, a Trace in
// place of "// Process the record" (HFirst and .First position without reading: the
// record is read by its number, as the pages say to).
AddCustomer("Moore")
AddCustomer("Dupont")
AddCustomer("Adams")
HReadLast(Customer, Name)
WHILE HOut() = False
	// Process the record
	Trace(Customer.Name)
	HReadPrevious(Customer, Name)
END
// expect: Moore
// expect: Dupont
// expect: Adams
HFirst(Customer, Name)
WHILE HOut() = False
	// Process the record
	HRead(Customer, HRecNum(Customer))
	Trace(Customer.Name)
	HNext(Customer, Name)
END
// expect: Adams
// expect: Dupont
// expect: Moore
Customer.First(Name)
WHILE Customer.Out() = False
	Customer.Read(Customer.RecNum())
	Trace(Customer.Name)
	Customer.Next(Name)
END
// expect: Adams
// expect: Dupont
// expect: Moore
// Moves to the 2nd record of the Customer file according to the Name key (the page
// moves to the 2000th one, 1999 forward: beyond the last one here, HOut)
Customer.ReadFirst(Name)
Customer.Forward(Name, 1)
Trace(Customer.Name)                                // expect: Dupont
// Test of the <Source>.Forward status report
Customer.ReadFirst(Name)
IF Customer.Forward(Name, 1999, hLockWrite) = False THEN
	IF HErrorLock() = True THEN
		Info("This record is currently used")
	ELSE
		Trace(HOut(Customer))                       // expect: 1
	END
END

PROCEDURE AddCustomer(sName)
HReset(Customer)
Customer.Name = sName
Customer.City = "Paris"
HAdd(Customer)
