// HTransactionCancel ?3044001: its first example (the order added in a WHEN EXCEPTION
// block, the transaction ended there, cancelled on an exception), on the run's database
// where our files are (the page's Connection variable left out). The page: "If no
// transaction is in progress, restores the consistency of the database and cancels the
// unsuccessful transaction": no failure then, True (it said "no transaction in progress"
// with HError set). VERIFIED.
HReset(Customer)
Customer.Name = "Clark"
HAdd(Customer)
// Start transaction
Trace(HTransactionStart())                              // expect: 1
Add_Order()
WHEN EXCEPTION IN
	// Add the order
	HAdd(Orders)
	// Validate the addition
	HTransactionEnd()
DO
	// Delete the order lines
	HTransactionCancel()
END
Trace(HTransactionInProgress(), HNbRec(Orders))        // expect: 0, 1
// no transaction in progress: nothing to restore, True and no error
Trace(HTransactionCancel(), HError(), ErrorOccurred)   // expect: 1, 0, 0
HTransactionStart()
Add_Order()
Trace(HAdd(Orders), HNbRec(Orders))                     // expect: 1, 2
Trace(HTransactionCancel(), HNbRec(Orders))             // expect: 1, 1
Trace(HTransactionCancel(), HNbRec(Orders))             // expect: 1, 1
// HTransactionEnd with none in progress still fails (its page, ?3044032, says nothing of it)
Trace(HTransactionEnd(), HErrorInfo())                  // expect: 0, no transaction in progress.

PROCEDURE Add_Order()
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
