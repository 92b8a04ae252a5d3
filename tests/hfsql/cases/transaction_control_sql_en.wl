// The program's own transaction control sent by HExecuteSQLQuery inside HTransactionStart
// (COMMIT, SAVEPOINT sp1, ROLLBACK TO SAVEPOINT sp1) runs as written. On PostgreSQL it
// ran under the savepoint that keeps a transaction usable after a failed query: the COMMIT
// left that savepoint's RELEASE outside any transaction (the query returned False), and
// the RELEASE after SAVEPOINT sp1 dropped sp1 too (ROLLBACK TO SAVEPOINT sp1 failed and
// kept B). On SQLite HTransactionEnd after the program's COMMIT stopped the run.
// docs/hfsql.md "Transactions".
HTransactionStart()
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
q is Data Source
Trace("commit", HExecuteSQLQuery(q, hQueryWithoutCorrection, "COMMIT"))   // expect: commit, 1
Customer.Name = "B"
Trace(HAdd(Customer))                                 // expect: 1
Trace("end", HTransactionEnd(), HNbRec(Customer))     // expect: end, 1, 2
HTransactionStart()
Customer.Name = "C"
HAdd(Customer)
Trace("sp", HExecuteSQLQuery(q, hQueryWithoutCorrection, "SAVEPOINT sp1"))   // expect: sp, 1
Customer.Name = "D"
Trace(HAdd(Customer))                                 // expect: 1
Trace("rb", HExecuteSQLQuery(q, hQueryWithoutCorrection, "ROLLBACK TO SAVEPOINT sp1"))   // expect: rb, 1
Trace("end", HTransactionEnd())                       // expect: end, 1
FOR EACH Customer ON Name
	Trace(Customer.Name)                              // expect: A
	                                                  // expect: B
	                                                  // expect: C
END
HTransactionStart()
Customer.Name = "E"
HAdd(Customer)
HExecuteSQLQuery(q, hQueryWithoutCorrection, " commit")
Trace("cancel", HTransactionCancel(), HNbRec(Customer))   // expect: cancel, 1, 4
