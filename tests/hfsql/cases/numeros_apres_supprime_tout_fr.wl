// HSupprimeTout vide le fichier : le HAjoute suivant est de nouveau l'enregistrement 1, sur
// SQLite comme sur PostgreSQL (*décidé*, docs/hfsql.md « Tables » : la page de
// HSupprimeTout n'est pas stockée). Les identifiants automatiques continuent.
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
Customer.Name = "B"
HAjoute(Customer)
Customer.Name = "C"
HAjoute(Customer)
Trace(HSupprimeTout(Customer))                         // expect: 1
Trace(HNbEnr(Customer))                                // expect: 0
Customer.Name = "D"
HAjoute(Customer)
Trace(HNumEnr(Customer), Customer.CustomerID)          // expect: 1, 4
Customer.Name = "E"
HAjoute(Customer)
Trace(HNumEnr(Customer), Customer.CustomerID)          // expect: 2, 5
// un enregistrement rayé qui a le plus grand numéro le garde : HAjoute prend le suivant
Customer.Name = "F"
HAjoute(Customer)
Trace(HRaye(Customer, 3))                              // expect: 1
Customer.Name = "G"
HAjoute(Customer)
Trace(HNumEnr(Customer), Customer.CustomerID)          // expect: 4, 7
Trace(HEtat(Customer, 3) = hEtatRayé)                  // expect: 1
Customer.Name = "H"
hajoute(Customer)
Trace(HNumEnr(Customer), Customer.CustomerID)          // expect: 5, 8
// rayé après la lecture des numéros libres : de même
Trace(hraye(Customer, 5))                              // expect: 1
Customer.Name = "I"
HAjoute(Customer)
Trace(HNumEnr(Customer))                               // expect: 6
Trace(HEtat(Customer, 5) = hEtatRaye)                  // expect: 1
POUR TOUT Customer
	Trace(HNumEnr(Customer), Customer.Name)
FIN
// expect: 1, D
// expect: 2, E
// expect: 4, G
// expect: 6, I
// un HSupprimeTout annulé avec sa transaction : les enregistrements reviennent
HTransactionDébut()
HSUPPRIMETOUT(Customer)
HTransactionAnnule()
Trace(HNbEnr(Customer))                                // expect: 4
Customer.Name = "J"
HAjoute(Customer)
Trace(HNumEnr(Customer))                               // expect: 7
