// HLockFile ?3044153, its example as written (our Customer for CUSTOMER; the page's
// "..." line, "Process on data file", left as a comment), then what its syntax states:
// True when the lock was performed; HUnlockFile() without parameters unlocks the last
// data file used
// Lock the CUSTOMER data file
IF HLockFile(CUSTOMER, hLockReadWrite) = False THEN
IF HErrorLock() = True THEN
Error("Operation not allowed")
END
END
// Process on data file ...
// ...
// Restore access to data file
HUnlockFile()
Trace(HLockFile(CUSTOMER, hLockReadWrite), HErrorLock())   // expect: 1, 0
Trace(HLockFile(Customer), HLockFile(Customer, hLockNo))   // expect: 1, 1
Trace(HUnlockFile(), HUnlockFile(Customer))                // expect: 1, 1
