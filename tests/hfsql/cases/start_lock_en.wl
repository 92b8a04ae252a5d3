// HyperFile 5.5's lock mode (?3044240, "Compatible Hyper File functions"): after
// HStartLock (written without parentheses, as on the page) the reads lock the record
// they read until HEndLock; the ...NoLock reads never lock, the ...Lock reads always do.
// A program's own locks never stop its own reads and writes; what another connection
// sees: tests/hfsql/test_start_lock.py
HReset(Customer)
Customer.Name = "Dupont"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Martin"
HAdd(Customer)
HStartLock
Trace(HReadFirst(Customer, Name), Customer.Name)              // expect: 1, Dupont
Customer.City = "Paris"
Trace(HModify(Customer), HErrorLock())                        // expect: 1, 0
Trace(HReadNext(Customer, Name), Customer.Name)               // expect: 1, Martin
Trace(HReadSeekNoLock(Customer, Name, "Dup"), Customer.City)  // expect: 1, Paris
HEndLock
Trace(HReadLock(Customer, 2), Customer.Name)                  // expect: 1, Martin
Trace(HUnlockRecNum(Customer))                                // expect: 1
Trace(HReadLastNoLock(Customer, Name), HReadPreviousNoLock(Customer, Name), Customer.Name)
// expect: 1, 1, Dupont
Trace(HReadFirstLock(Customer, Name), HReadNextLock(Customer, Name), Customer.Name)
// expect: 1, 1, Martin
Trace(HReadPreviousLock(Customer, Name), HReadLastLock(Customer, Name), HReadSeekLock(Customer, Name, "M"))
// expect: 1, 1, 1
Trace(HReadNoLock(Customer, 1), Customer.Name, HReadFirstNoLock(Customer, Name), HReadNextNoLock(Customer, Name))
// expect: 1, Dupont, 1, 1
Trace(HStartLock(), HEndLock())                               // expect: 1, 1
