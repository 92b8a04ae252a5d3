// Le contrôle de transaction écrit par le programme et envoyé par HExécuteRequêteSQL dans
// HTransactionDébut (COMMIT, SAVEPOINT sp1, ROLLBACK TO SAVEPOINT sp1) s'exécute tel quel.
// Sous PostgreSQL il passait sous le point de sauvegarde qui garde la transaction utilisable
// après une requête échouée : le COMMIT laissait le RELEASE de ce point hors de toute
// transaction (la requête renvoyait Faux), et le RELEASE après SAVEPOINT sp1 supprimait
// aussi sp1 (ROLLBACK TO SAVEPOINT sp1 échouait et gardait B). Sous SQLite
// HTransactionFin après le COMMIT du programme arrêtait l'exécution. docs/hfsql.md
// "Transactions".
HTransactionDébut()
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
q est une Source de Données
Trace("valide", HExécuteRequêteSQL(q, hRequêteSansCorrection, "COMMIT"))   // expect: valide, 1
Customer.Name = "B"
Trace(HAjoute(Customer))                              // expect: 1
Trace("fin", HTransactionFin(), HNbEnr(Customer))     // expect: fin, 1, 2
HTransactionDébut()
Customer.Name = "C"
HAjoute(Customer)
Trace("point", HExécuteRequêteSQL(q, hRequêteSansCorrection, "SAVEPOINT sp1"))   // expect: point, 1
Customer.Name = "D"
Trace(HAjoute(Customer))                              // expect: 1
Trace("retour", HExécuteRequêteSQL(q, hRequêteSansCorrection, "ROLLBACK TO SAVEPOINT sp1"))   // expect: retour, 1
Trace("fin", HTransactionFin())                       // expect: fin, 1
POUR TOUT Customer SUR Name
	Trace(Customer.Name)                              // expect: A
	                                                  // expect: B
	                                                  // expect: C
FIN
HTransactionDébut()
Customer.Name = "E"
HAjoute(Customer)
HExécuteRequêteSQL(q, hRequêteSansCorrection, " commit")
Trace("annule", HTransactionAnnule(), HNbEnr(Customer))   // expect: annule, 1, 4
