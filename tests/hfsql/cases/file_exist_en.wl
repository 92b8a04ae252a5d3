// HFileExist, HSubstDir, HTransactionInterrupted / HTransactionFree
Trace(HFileExist(Customer))                      // expect: 0
HCreationIfNotFound(Customer)
Trace(HFileExist(Customer), HFileExist(Orders))  // expect: 1, 0
HReset(Customer)
Customer.Name = "Base"
HAdd(Customer)
// every file of the default folder now lives in another folder
Trace(HSubstDir(".", "C:\Accounting\Year2012"))  // expect: 1
Trace(HFileExist(Customer), HNbRec(Customer))    // expect: 0, 0
HReset(Customer)
Customer.Name = "Y2012"
HAdd(Customer)
// HChangeDir to the substituted folder itself gives the same records
HSubstDir(".", "")
Trace(HNbRec(Customer))                          // expect: 1
HChangeDir(Customer, "c:/accounting/year2012")
HReadFirst(Customer)
Trace(Customer.Name)                             // expect: Y2012
HChangeDir(Customer, "")
Trace(HTransactionInterrupted(Customer), HTransactionInterrupted())   // expect: 0, 0
Trace(HTransactionFree(Customer), HTransactionFree())                 // expect: 1, 1
