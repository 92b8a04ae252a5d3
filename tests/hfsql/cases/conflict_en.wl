// Modification conflicts: a record changed (or deleted) since this context read it is
// not overwritten; HError() is set, HErrorModification() is True, HOnError is asked
HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAdd(Customer)
HAlias(Customer, "Other")
HReadSeekFirst(Customer, Name, "Dupont")
HReadSeekFirst(Other, Name, "Dupont")
Other.City = "Lyon"
Trace(HModify(Other))                                         // expect: 1
Customer.City = "Nice"
Trace(HModify(Customer), HErrorModification(), ErrorOccurred)   // expect: 0, 1, 1
Trace(HErrorInfo())
// expect: HModify on Customer: record 1 was modified since it was read (modification conflict).
HReadSeekFirst(Customer, Name, "Dupont")
Trace(Customer.City)                                          // expect: Lyon
// read again: the write goes through, and a second write needs no new read
Customer.City = "Nice"
Trace(HModify(Customer), HErrorModification())                // expect: 1, 0
Customer.City = "Nantes"
Trace(HModify(Customer))                                      // expect: 1
// a change of case only is a change too (keys compare without case, values do not)
HReadSeekFirst(Other, Name, "Dupont")
HReadSeekFirst(Customer, Name, "Dupont")
Other.Name = "DUPONT"
HModify(Other)
Trace(HDelete(Customer), HErreurModification())               // expect: 0, 1
// deleted since read: a conflict too (also when given by its number)
HReadFirst(Customer, Name)
HReadFirst(Other, Name)
HDelete(Other)
Trace(HModify(Customer), HErrorModification())                // expect: 0, 1
Trace(HModify(Customer, 1), HErrorModification())             // expect: 0, 1
// HOnError with hErrModify
HReset(Customer)
Customer.Name = "Martin"
HAdd(Customer)
HReadSeekFirst(Customer, Name, "Martin")
HReadSeekFirst(Other, Name, "Martin")
Other.City = "Brest"
HModify(Other)
HOnError(Customer, hErrModify, "Conflict")
Customer.City = "Metz"
Trace(HModify(Customer))
// expect: conflict on, Customer
// expect: 1
HReadSeekFirst(Other, Name, "Martin")
Trace(Other.City)                                             // expect: Metz

PROCEDURE Conflict()
    Trace("conflict on", HErrorInfo(hErrFile))
    // keep this program's value: read the record again, put the value back, retry
    sCity is string = Customer.City
    HRead(Customer, HRecNum(Customer))
    Customer.City = sCity
    RESULT opRetry
