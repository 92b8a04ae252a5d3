// HSavePosition / HRestorePosition, HForward / HBackward, HBuildKeyValue, HDeleteAll (EN + FR)
FOR i = 1 TO 6
	HReset(Product)
	Product.Reference = "P" + i
	Product.Label = "label " + (7 - i)
	HAdd(Product)
END
HReadSeekFirst(Product, Reference, "P3")
nPos is int = HSavePosition(Product)
HReadFirst(Product, Label)
Trace(Product.Reference)                   // expect: P6
HRestorePosition(nPos)
Trace(Product.Reference)                   // expect: P3
HReadNext(Product, Reference)
Trace(Product.Reference)                   // expect: P4
HForward(Product, Reference, 2)
Trace(Product.Reference, HOut())           // expect: P6, 0
HAvance(Product, Reference)
Trace(HEnDehors())                         // expect: 1
HBackward(Product, Reference, 3)
Trace(Product.Reference)                   // expect: P3
HRecule(Product, Reference, 1)
Trace(Product.Reference)                   // expect: P2
n is int = HSauvePosition(Product)
HLitDernier(Product, Reference)
HRetourPosition(n)
Trace(Product.Reference)                   // expect: P2
// composite key value built from its components
FOR i = 1 TO 2
	HReset(Customer)
	Customer.Name = "N" + i
	Customer.City = "Paris"
	HAdd(Customer)
END
Trace(HReadSeekFirst(Customer, CityName, HBuildKeyValue(Customer, CityName, "paris", "n2")), Customer.Name)   // expect: 1, N2
Trace(HDeleteAll(Product), HNbRec(Product))   // expect: 1, 0
Trace(HSupprimeTout(Customer), HNbEnr(Customer))   // expect: 1, 0
// HRestorePosition's options: hRPKeep keeps the position, hRPFilter brings the filter back
FOR i = 1 TO 4
	HReset(Product)
	Product.Reference = "Q" + i
	Product.Label = "x"
	HAdd(Product)
END
HFilter(Product, "Reference >= 'Q3'")
HReadFirst(Product, Reference)
nKept is int = HSavePosition(Product, Reference)
HDeactivateFilter(Product)
HReadFirst(Product, Reference)
Trace(HRestorePosition(nKept, hRPKeep), Product.Reference)   // expect: 1, Q3
HReadPrevious(Product, Reference)
Trace(Product.Reference)                   // expect: Q2
HRestorePosition(nKept, hRPKeep + hRPFilter)
HReadPrevious(Product, Reference)
Trace(HOut(Product))                       // expect: 1
Trace(HFreePosition(nKept))                // expect: 1
Trace(HRestorePosition(nKept), HError() <> 0, HFreePosition(nKept))   // expect: 0, 1, 0
// French names
n2 is int = HSauvePosition(Product, Reference)
Trace(HLibèrePosition(n2), HRetourPosition(n2, hRPConserve + hRPFiltre))   // expect: 1, 0
