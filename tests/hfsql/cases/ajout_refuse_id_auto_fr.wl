// Un HAjoute refusé (doublon sur une clé unique) laisse l'identifiant automatique du
// buffer tel que le programme l'avait, sur SQLite comme sur PostgreSQL (c'était le numéro
// refusé sur SQLite, celui du buffer sur PostgreSQL) : la page de HAjoute (?3044147) le
// remplit quand « l'enregistrement ajouté devient l'enregistrement en cours », et rien
// n'a été ajouté (décidé, INFERRED : docs/hfsql.md "Automatic identifiers").
HRaz(Customer)
Customer.Name = "Dupont"
Customer.Email = "dupont@exemple.fr"
Trace(HAjoute(Customer), Customer.CustomerID)                     // expect: 1, 1
HRAZ(Customer)
Customer.Name = "Durand"
Customer.Email = "dupont@exemple.fr"
Trace(HAjoute(Customer), HErreurDoublon(), Customer.CustomerID)   // expect: 0, 1, 0
Customer.Email = "durand@exemple.fr"
SI HAjoute(Customer) ALORS Trace(Customer.CustomerID)             // expect: 2
// après une lecture, le buffer garde l'identifiant de l'enregistrement lu
HLitRecherchePremier(Customer, Name, "Dupont")
Customer.Name = "Dupont bis"
Trace(hajoute(Customer), herreurdoublon(), Customer.CustomerID)   // expect: 0, 1, 1
Customer.Email = "bis@exemple.fr"
Trace(HAjoute(Customer), Customer.CustomerID, HNbEnr(Customer))   // expect: 1, 3, 3
// dans une transaction, de même
HTransactionDébut()
HRaz(Customer)
Customer.Name = "Petit"
Customer.Email = "bis@exemple.fr"
Trace(HAjoute(Customer), Customer.CustomerID)                     // expect: 0, 0
Customer.Email = "petit@exemple.fr"
Trace(HAjoute(Customer), Customer.CustomerID)                     // expect: 1, 4
HTransactionFin()
POUR TOUT Customer SUR CustomerID
	Trace(Customer.CustomerID, Customer.Name)
FIN
// expect: 1, Dupont
// expect: 2, Durand
// expect: 3, Dupont bis
// expect: 4, Petit
