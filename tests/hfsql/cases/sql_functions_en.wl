// The older SQL functions on the run's own database (source ""), SQLite and PostgreSQL
cnx is int = SQLConnect("", "", "")
Trace(cnx)                                           // expect: 1
Trace(SQLExec("CREATE TABLE Invoice (Id INTEGER PRIMARY KEY, CustName VARCHAR(30), Total NUMERIC(10,2))", "DDL"))  // expect: 1
Trace(SQLExec("INSERT INTO Invoice VALUES (1, 'Dupont', 12.5), (2, 'Martin', 3), (3, 'Durand', 7.25)", "INS"), SQL.NbLine, SQL.NbCol)  // expect: 1, 3, 0
// a row-by-row browse: SQLFetch then SQLGetCol
Trace(SQLExec("SELECT CustName, Total FROM Invoice ORDER BY Id", "QRY1"), SQL.NbCol)  // expect: 1, 2
WHILE SQLFetch("QRY1") = 0
	Trace(SQLGetCol("QRY1", 1), SQLGetCol("QRY1", 2))
END
// expect: Dupont, 12.5
// expect: Martin, 3
// expect: Durand, 7.25
Trace(SQLFetch("QRY1"), SQL.Out)                     // expect: 100, 1
// PC SOFT's SQLPrevious example: from the last row back to the first
SQLLast("QRY1")
WHILE NOT SQL.Out
	Trace(SQL.Current, SQLCol("QRY1", 1))
	SQLPrevious("QRY1")
END
// expect: 3, Durand
// expect: 2, Martin
// expect: 1, Dupont
SQLFirst("QRY1")
Trace(SQLCol("QRY1", "custname"), SQL.Out)           // expect: Dupont, 0
SQLNext("QRY1")
Trace(SQLCol("QRY1", 2), SQL.Current)                // expect: 3, 2
SQLSeek("QRY1", 3)
Trace(SQLCol("QRY1", 1))                             // expect: Durand
SQLSeek("QRY1", 9)
Trace(SQL.Out, SQLCol("QRY1", 1) = "")               // expect: 1, 1
SQLInfoGene("QRY1")
Trace(SQL.NbLine, SQL.NbCol, SQL.Error)              // expect: 3, 2, 00000
// an empty result is out at once
SQLExec("SELECT CustName FROM Invoice WHERE Id > 10", "EMPTY")
SQLFirst("EMPTY")
Trace(SQL.Out, SQL.NbLine)                           // expect: 1, 0
// a refused statement: False, the error in SQL.Error / SQL.MesError, the program goes on
Trace(SQLExec("SELECT * FROM NoSuchTable", "BAD"), SQL.Error <> "00000", SQL.MesError <> "")  // expect: 0, 1, 1
Trace(SQLReqExists("BAD"), SQLReqExists("QRY1"))     // expect: 0, 1
SQLClose("QRY1")
Trace(SQLReqExists("QRY1"))                          // expect: 0
// transactions
Trace(SQLTransaction(sqlStart))                      // expect: 1
SQLExec("DELETE FROM Invoice", "DEL")
Trace(SQLTransaction(sqlRollBack))                   // expect: 1
SQLExec("SELECT COUNT(*) FROM Invoice", "CNT")
SQLFetch("CNT")
Trace(SQLGetCol("CNT", 1))                           // expect: 3
SQLTransaction(sqlStart)
SQLExec("UPDATE Invoice SET Total = 1 WHERE Id = 2", "UPD")
Trace(SQL.NbLine, SQLTransaction(sqlCommit))         // expect: 1, 1
SQLExec("SELECT Total FROM Invoice WHERE Id = 2", "ONE")
SQLFirst("ONE")
Trace(SQLCol("ONE", 1))                              // expect: 1
Trace(SQLTransaction(sqlCommit), SQL.Error)          // expect: 0, 25000
// what the database holds
Trace(Lower(SQLListTable()))                         // expect: invoice
Trace(Lower(Replace(SQLColumn("invoice"), CR, ","))) // expect: id,custname,total
SQLDisconnect()
Trace(SQLExec("SELECT 1", "X"), SQL.Error)           // expect: 0, 08003
// several statements in one text: each runs, the result is the last one's
SQLConnect("", "", "")
Trace(SQLExec("CREATE TABLE Pair (k VARCHAR(5)); INSERT INTO Pair VALUES ('a;b'); INSERT INTO Pair VALUES ('c')", "M"))  // expect: 1
SQLExec("SELECT k FROM Pair ORDER BY k; SELECT COUNT(*) FROM Pair", "M")
SQLFirst("M")
Trace(SQLCol("M", 1), SQL.NbLine)                    // expect: 2, 1
SQLExec("SELECT k FROM Pair ORDER BY k", "M")
SQLFirst("M")
Trace(SQLCol("M", 1))                                // expect: a;b
SQLDisconnect()
// on the run's database, SQLTransaction's transaction is the H* functions' one
SQLConnect("", "", "")
SQLTransaction(sqlStart)
Trace(HTransactionInProgress())                      // expect: 1
SQLExec("INSERT INTO Pair VALUES ('z')", "R")
HTransactionCancel()
SQLExec("SELECT COUNT(*) FROM Pair", "Q")
SQLFirst("Q")
Trace(SQLCol("Q", 1))                                // expect: 2
SQLDisconnect()
