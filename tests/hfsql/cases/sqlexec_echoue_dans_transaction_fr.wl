// Une instruction que SQLExec exécute et qui échoue dans SQLTransaction laisse la
// transaction comme elle était, comme celle de HExécuteRequêteSQL : le programme décide.
// Sous PostgreSQL l'instruction échouée annulait toute la transaction : l'INSERT suivant
// échouait ("current transaction is aborted") et sqlFin perdait la ligne écrite avant.
// SAVEPOINT et ROLLBACK TO SAVEPOINT écrits par le programme s'exécutent tels quels.
// docs/hfsql.md "Transactions".
SQLConnecte("", "", "")
SQLExec("CREATE TABLE Note (Id INTEGER, Txt VARCHAR(20))", "DDL")
Trace(SQLTransaction(sqlDébut))                       // expect: 1
Trace(SQLExec("INSERT INTO Note VALUES (1, 'avant')", "I"))    // expect: 1
Trace(SQLExec("SELECT Rien FROM Note", "MAUVAISE"), SQL.Erreur <> "00000")   // expect: 0, 1
Trace(SQLExec("INSERT INTO Note VALUES (2, 'après')", "I"))    // expect: 1
Trace(SQLTransaction(sqlFin))                         // expect: 1
SQLTransaction(sqlDébut)
Trace(SQLExec("SAVEPOINT sp1", "S"))                  // expect: 1
Trace(SQLExec("INSERT INTO Note VALUES (3, 'perdue')", "I"))   // expect: 1
Trace(SQLExec("ROLLBACK TO SAVEPOINT sp1", "R"))      // expect: 1
Trace(SQLTransaction(sqlFin))                         // expect: 1
SQLExec("SELECT Txt FROM Note ORDER BY Id", "TOUT")
TANTQUE SQLAvance("TOUT") = 0
	Trace(SQLLitCol("TOUT", 1))                       // expect: avant
	                                                  // expect: après
FIN
SQLDéconnecte()
