// Une requête qui échoue dans une transaction (une faute dans son SQL : HExécuteRequêteSQL
// renvoie Faux) laisse la transaction comme elle était, comme une écriture refusée : le
// programme décide. Sous PostgreSQL l'instruction en échec annulait toute la transaction :
// chaque écriture suivante échouait, HTransactionFin renvoyait Faux et les
// enregistrements écrits avant étaient perdus. docs/hfsql.md "Transactions".
Trace(HTransactionDébut())                            // expect: 1
HRAZ(Customer)
Customer.Name = "Avant"
Trace(HAjoute(Customer))                              // expect: 1
sd est une Source de Données
Trace(HExécuteRequêteSQL(sd, "SELECT Name FROM Customer ORDER BY Rien"))   // expect: 0
Trace(HExécuteRequêteSQL(sd, hRequêteSansCorrection, "UPDATE Customer SET Rien = 1"))   // expect: 0
HRAZ(Customer)
Customer.Name = "Après"
Trace(HAjoute(Customer))                              // expect: 1
Trace(HExécuteRequêteSQL(sd, "SELECT Name FROM Customer ORDER BY Name"), HNbEnr(sd))   // expect: 1, 2
Trace(HExécuteRequêteSQL(sd, hRequêteSansCorrection, "UPDATE Customer SET City = 'Nice'"))   // expect: 1
Trace(HTransactionFin())                              // expect: 1
POUR TOUT Customer SUR Name
	Trace(Customer.Name, Customer.City)               // expect: Après, Nice
	                                                  // expect: Avant, Nice
FIN
// annulée après une requête en échec : rien n'en reste
HTransactionDébut()
HRAZ(Customer)
Customer.Name = "Partie"
HAjoute(Customer)
Trace(HExécuteRequêteSQL(sd, "SELECT Rien FROM Customer"))   // expect: 0
Trace(HTransactionAnnule(), HNbEnr(Customer))         // expect: 1, 2
