// HErrorStatusModification: what became of the record of a modification conflict
FOR EACH sName OF ["Ann", "Bob", "Cid"]
	HReset(Customer)
	Customer.Name = sName
	HAdd(Customer)
END
HAlias(Customer, "Other")
// modified by another context since it was read
HReadSeekFirst(Customer, Name, "Ann")
HReadSeekFirst(Other, Name, "Ann")
Other.City = "Lyon"
HModify(Other)
Customer.City = "Nice"
Trace(HModify(Customer), HErrorModification(), HErrorStatusModification() = hStateActive)   // expect: 0, 1, 1
// deleted since it was read
HReadSeekFirst(Customer, Name, "Bob")
HReadSeekFirst(Other, Name, "Bob")
HDelete(Other)
Trace(HModify(Customer), HErrorStatusModification(Customer) = hStateDel)   // expect: 0, 1
// crossed since it was read
HReadSeekFirst(Customer, Name, "Cid")
HReadSeekFirst(Other, Name, "Cid")
HCross(Other)
Trace(HDelete(Customer), HErrorStatusModification() = hStateCrossed, HError() <> 0)   // expect: 0, 1, 1
Trace(HErrorStatusModification(Customer, 1) = hStateActive)   // expect: 1
