// Transaction savepoints: only what was written after the savepoint is undone
Trace(HTransactionSavepoint("outside"), HError() <> 0)   // expect: 0, 1
HTransactionStart()
AddCustomer("Anna")
Trace(HTransactionSavepoint("AfterAnna"))                // expect: 1
AddCustomer("Boris")
AddCustomer("Carla")
Trace(HNbRec(Customer))                                   // expect: 3
Trace(HTransactionRollbackToSavepoint("AfterAnna"))      // expect: 1
Trace(HNbRec(Customer), HTransactionInProgress())         // expect: 1, 1
// the savepoint stays: roll back to it again after more writes
AddCustomer("Dora")
Trace(HTransactionRollbackToSavepoint("AfterAnna"), HNbRec(Customer))   // expect: 1, 1
// a later savepoint is gone once an earlier one is rolled back to
HTransactionSavepoint("S1")
AddCustomer("Emil")
HTransactionSavepoint("S2")
HTransactionRollbackToSavepoint("S1")
Trace(HTransactionRollbackToSavepoint("S2"), HError() <> 0)   // expect: 0, 1
Trace(HTransactionRollbackToSavepoint("nowhere"), ErrorOccurred)   // expect: 0, 1
Trace(HTransactionSavepoint("#reserved"))                 // expect: 0
// the transaction is still good: what remains is committed
AddCustomer("Fanny")
Trace(HTransactionEnd())                                  // expect: 1
Trace(HNbRec(Customer))                                   // expect: 2
FOR EACH Customer ON Name
	Trace(Customer.Name)
END
// expect: Anna
// expect: Fanny
// the savepoints die with their transaction
HTransactionStart()
Trace(HTransactionRollbackToSavepoint("AfterAnna"))      // expect: 0
HTransactionCancel()

PROCEDURE AddCustomer(sName is string)
HReset(Customer)
Customer.Name = sName
RESULT HAdd(Customer)
