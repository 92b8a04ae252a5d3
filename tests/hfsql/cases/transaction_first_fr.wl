// Une transaction annulée dès le premier appel H* (le code d'une procédure de saisie) :
// les lectures qui suivent fonctionnent (SQLite gardait la table des blocages dans la
// transaction annulée) ; hEtatTout, l'autre écriture de hEtatTous.
HTransactionDébut()
HRAZ(Customer)
Customer.Name = "Annulé"
HAjoute(Customer)
HTransactionAnnule()
HRAZ(Customer)
Customer.Name = "Gardé"
HAjoute(Customer)
Trace(HLitRecherchePremier(Customer, Name, "garde"), Customer.Name, HErreur())   // expect: 1, Gardé, 0
Trace(HNbEnr(Customer, hEtatTout), HNbEnr(Customer, hEtatTous))                 // expect: 1, 1
Trace(HBloqueNumEnr(Customer, HNumEnr(Customer)), HDébloqueNumEnr(Customer, HNumEnr(Customer)))   // expect: 1, 1
