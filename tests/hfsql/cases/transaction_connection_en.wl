// Transactions on a connection other than the run's database (EN + FR)
cnx is Connection
cnx..Provider = hNativeAccessSQLite
cnx..Database = ":memory:"
HOpenConnection(cnx)
HChangeConnection(Product, cnx)
Trace(HTransactionStart(cnx))                           // expect: 1
Trace(HTransactionInProgress(cnx), HTransactionInProgress())   // expect: 1, 0
HReset(Product)
Product.Reference = "GONE"
HAdd(Product)
Trace(HNbRec(Product))                                  // expect: 1
Trace(HTransactionCancel(cnx), HNbRec(Product))         // expect: 1, 0
// the run's database has its own transaction, independent of the connection's
HTransactionStart()
HTransactionDébut(Product)                              // the file's connection
HReset(Customer)
Customer.Name = "Kept"
HAdd(Customer)
HReset(Product)
Product.Reference = "KEPT"
HAdd(Product)
Trace(HTransactionFin(Product), HTransactionEnCours(cnx), HTransactionInProgress())   // expect: 1, 0, 1
HTransactionCancel()
Trace(HNbRec(Product), HNbRec(Customer))                // expect: 1, 0
Trace(HTransactionEnd(cnx), HError() <> 0)              // expect: 0, 1
