// HLockRecNum ?3044152, <Source>.LockRecNum ?1000024197 and <Source>.UnlockRecNum
// ?1000024212, their examples as written (the "..." processing lines left out):
// HUnlockRecNum() without parameters was refused ("expects 1 to 2 parameter(s)"); it
// unlocks the current record of the last data file used.
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
HReadFirst(Customer)
// Lock a record in the Customer data file
Trace(HLockRecNum(Customer, hRecNumCurrent, hLockReadWrite))      // expect: 1
// Process on the record
// Restore access to the record
Trace(HUnlockRecNum())                                            // expect: 1
// Lock
Trace(Customer.LockRecNum(hRecNumCurrent, hLockReadWrite))       // expect: 1
// Modify the record
Customer.City = "Lyon"
HModify(Customer)
// Unlock
Trace(Customer.UnlockRecNum(hRecNumCurrent))                     // expect: 1
Trace(HLockRecNum(), HUnlockRecNum(), Customer.UnlockRecNum())   // expect: 1, 1, 1
