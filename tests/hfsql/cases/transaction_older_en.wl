// HTransaction: the older name of HTransactionStart (?1000023384), with its two forms
Trace(HTransaction())                                   // expect: 1
AddCustomer("Anna")
Trace(HTransactionInProgress(), HNbRec(Customer))       // expect: 1, 1
HTransactionCancel()
Trace(HTransactionInProgress(), HNbRec(Customer))       // expect: 0, 0
// the page's second form: HFSQL Classic's transaction file (not needed here) and files
Trace(HTransaction("C:\Temp\Transaction.trs", "Customer,Orders"))   // expect: 1
AddCustomer("Boris")
Trace(HTransactionEnd(), HNbRec(Customer))              // expect: 1, 1
// "" (the data files of the application) and a file named alone
Trace(HTransaction("", "Customer"))                     // expect: 1
AddCustomer("Carla")
HTransactionCancel()
Trace(HTransaction(Customer))                           // expect: 1
HTransactionEnd()
Trace(HNbRec(Customer))                                 // expect: 1
// a file left out with "-" cannot be: one SQL transaction holds every table
Trace(HTransaction("C:\Temp\Transaction.trs", "Orders,-Customer"), HTransactionInProgress())   // expect: 0, 0
Trace(ErrorOccurred, Position(HErrorInfo(), "cannot be left out") > 0)   // expect: 1, 1
// an unknown data file stops the program, as with HTransactionStart
Unknown()  // expect: HTransaction: 'Nowhere' is not a data file of the analysis.
Trace(HTransactionInProgress())                         // expect: 0

PROCEDURE AddCustomer(name is string)
HReset(Customer)
Customer.Name = name
HAdd(Customer)

PROCEDURE Unknown()
WHEN EXCEPTION IN
	HTransaction("", "Nowhere")
DO
	Trace(ExceptionInfo(errMessage))
END
