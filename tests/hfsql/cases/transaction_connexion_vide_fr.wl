// Une variable Connexion que rien ne décrit est la base de données du programme
cnx est une Connexion
HRAZ(Customer)
Customer.Name = "Gardé"
HAjoute(Customer)
Trace(HTransactionDébut(cnx))                                  // expect: 1
HRAZ(Customer)
Customer.Name = "Parti"
HAjoute(Customer)
Trace(HTransactionEnCours(), HTransactionEnCours(cnx))        // expect: 1, 1
Trace(HTransactionFin(cnx), HNbEnr(Customer))                  // expect: 1, 2
Trace(HTransactionEnCours())                                   // expect: 0
