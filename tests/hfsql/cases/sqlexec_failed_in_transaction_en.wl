// A statement SQLExec runs that fails inside SQLTransaction leaves the transaction as it
// was, as HExecuteSQLQuery's does: the program decides. On PostgreSQL the failed
// statement aborted the whole transaction: the INSERT after it failed ("current
// transaction is aborted") and sqlCommit lost the row written before it. The program's
// own SAVEPOINT and ROLLBACK TO SAVEPOINT run as written. docs/hfsql.md "Transactions".
SQLConnect("", "", "")
SQLExec("CREATE TABLE Note (Id INTEGER, Txt VARCHAR(20))", "DDL")
Trace(SQLTransaction(sqlStart))                       // expect: 1
Trace(SQLExec("INSERT INTO Note VALUES (1, 'before')", "I"))   // expect: 1
Trace(SQLExec("SELECT Nope FROM Note", "BAD"), SQL.Error <> "00000")   // expect: 0, 1
Trace(SQLExec("INSERT INTO Note VALUES (2, 'after')", "I"))    // expect: 1
Trace(SQLTransaction(sqlCommit))                      // expect: 1
SQLTransaction(sqlStart)
Trace(SQLExec("SAVEPOINT sp1", "S"))                  // expect: 1
Trace(SQLExec("INSERT INTO Note VALUES (3, 'gone')", "I"))     // expect: 1
Trace(SQLExec("ROLLBACK TO SAVEPOINT sp1", "R"))      // expect: 1
Trace(SQLTransaction(sqlCommit))                      // expect: 1
SQLExec("SELECT Txt FROM Note ORDER BY Id", "ALL")
WHILE SQLFetch("ALL") = 0
	Trace(SQLGetCol("ALL", 1))                        // expect: before
	                                                  // expect: after
END
SQLDisconnect()
