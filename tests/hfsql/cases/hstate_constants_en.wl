// HState ?3044081's constants (English twin of the French page's table, whose French
// hEtatSup was unknown): hStateActive, hStateInvalid, hStateCrossed, hStateDel.
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
Customer.Name = "B"
HAdd(Customer)
Customer.Name = "C"
HAdd(Customer)
IF HState(Customer) = hStateActive THEN
	// Process
	Trace("active")                                               // expect: active
END
HDelete(Customer, 2)
HCross(Customer, 1)
Trace(HState(Customer, 2) = hStateDel, HState(Customer, 1) = hStateCrossed) // expect: 1, 1
Trace(HState(Customer, 9) = hStateInvalid)                        // expect: 1
