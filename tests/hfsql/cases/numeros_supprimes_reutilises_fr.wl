// HSupprime ?3044018 : « l'enregistrement est inséré dans la liste des enregistrements
// supprimés et sera réutilisé par HAjoute » (VERIFIED) ; le plus petit numéro libre est
// pris d'abord (UNVERIFIED). Les identifiants automatiques ne sont jamais réutilisés.
// Un dernier enregistrement supprimé est hEtatSupprimé (docs/hfsql.md, « Tables »).
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
Customer.Name = "B"
HAjoute(Customer)
Customer.Name = "C"
HAjoute(Customer)
HSupprime(Customer, 3)
Trace(HEtat(Customer, 3) = hEtatSupprimé)                 // expect: 1
Trace(HEtat(Customer, 4) = hEtatInvalide)             // expect: 1
HSupprime(Customer, 1)
Customer.Name = "D"
HAjoute(Customer)
Trace(HNumEnr(Customer), Customer.CustomerID)          // expect: 1, 4
Customer.Name = "E"
HAjoute(Customer)
Trace(HNumEnr(Customer), Customer.CustomerID)          // expect: 3, 5
Customer.Name = "F"
HAjoute(Customer)
Trace(HNumEnr(Customer), Customer.CustomerID)          // expect: 4, 6
POUR TOUT Customer
	Trace(HNumEnr(Customer), Customer.Name)
FIN
// expect: 1, D
// expect: 2, B
// expect: 3, E
// expect: 4, F
// une suppression annulée avec sa transaction : l'enregistrement revient, son numéro n'est pas repris
HTransactionDébut()
HSupprime(Customer, 2)
HTransactionAnnule()
Customer.Name = "G"
HAjoute(Customer)
Trace(HNumEnr(Customer))                               // expect: 5
