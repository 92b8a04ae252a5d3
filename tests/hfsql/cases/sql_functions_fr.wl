// Les anciennes fonctions SQL en français : deux connexions, parcours, mémos, transaction
c1 est un entier = SQLConnecte("", "", "")
c2 est un entier = SQLConnecte("sqlite::memory:", "", "")
Trace(c1, c2)                                        // expect: 1, 2
SQLExec("CREATE TABLE Note (Num INTEGER, Texte VARCHAR(200), Image BLOB)", "R")
SQLExec("INSERT INTO Note VALUES (1, 'mémoire vive', NULL)", "R")
SQLChangeConnexion(c1)
Trace(SQLExec("SELECT * FROM Note", "R"), SQL.Erreur <> "00000")  // expect: 0, 1
SQLChangeConnexion(c2)
Trace(SQLExec("SELECT Num, Texte, Image FROM Note", "REQ1"))      // expect: 1
TANTQUE SQLAvance("REQ1") = 0
	Trace(SQLLitCol("REQ1", 1), SQLLitMemoTexte("REQ1", 2), Taille(SQLLitMemo("REQ1", 3)))
FIN
// expect: 1, mémoire vive, 0
Trace(sql.endehors, SQL.EnCours)                     // expect: 1, 0
sqlpremier("REQ1")
Trace(SQLCol("REQ1", 2), SQL.EnDehors, SQL.EnCours, SQL.NbLig)  // expect: mémoire vive, 0, 1, 1
SQLSuivant("REQ1")
Trace(SQL.EnDehors)                                  // expect: 1
SQLPrecedent("REQ1")
Trace(SQLCol("REQ1", "texte"))                       // expect: mémoire vive
SQLDernier("REQ1")
SQLPositionne("REQ1", 1)
Trace(SQL.EnCours)                                   // expect: 1
SQLInfoGene()
Trace(SQL.NbCol, SQL.MesErreur = "")                 // expect: 3, 1
Trace(SQLReqExiste("req1"))                          // expect: 1
SQLFerme("REQ1")
Trace(SQLReqExiste("REQ1"))                          // expect: 0
Trace(SQLTransaction(sqlDébut))                      // expect: 1
SQLExec("INSERT INTO Note VALUES (2, 'annulée', NULL)", "R")
Trace(SQLTransaction(sqlAnnule))                     // expect: 1
SQLTransaction(sqlDebut)
SQLExec("INSERT INTO Note VALUES (3, 'gardée', NULL)", "R")
SQLTransaction(sqlFin)
SQLExec("SELECT Num FROM Note ORDER BY Num", "R")
SQLPremier("R")
TANTQUE PAS SQL.EnDehors
	Trace(SQLCol("R", 1))
	SQLSuivant("R")
FIN
// expect: 1
// expect: 3
Trace(SQLListeTable(), Remplace(SQLColonne("Note"), RC, ";"))  // expect: Note, Num;Texte;Image
SQLDéconnecte()
SQLChangeConnexion(c1)
Trace(SQLExec("SELECT 1 AS Un", "R"))                // expect: 1
SQLDeconnecte()
