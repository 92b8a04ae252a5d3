// A Connection variable nothing describes (declared, then passed on) is the run's own
// database: the transaction and the query work on the program's data (docs/hfsql.md,
// "Transactions"; it opened an empty database of its own)
cnx is Connection
HReset(Customer)
Customer.Name = "Kept"
HAdd(Customer)
Trace(HTransactionStart(cnx))                                  // expect: 1
HReset(Customer)
Customer.Name = "Gone"
HAdd(Customer)
Trace(HTransactionInProgress(), HTransactionInProgress(cnx))  // expect: 1, 1
q is Data Source
HExecuteSQLQuery(q, cnx, hQueryDefault, "SELECT COUNT(*) AS N FROM customer")
HReadFirst(q)
Trace(q.N)                                                     // expect: 2
Trace(HTransactionCancel(cnx), HNbRec(Customer))               // expect: 1, 1
Trace(HTransactionInProgress())                                // expect: 0
