// Points de sauvegarde d'une transaction, noms français
HTransactionDébut()
HRAZ(Customer)
Customer.Name = "Anne"
HAjoute(Customer)
Trace(HTransactionPointDeSauvegarde("Avant"))                 // expect: 1
HRAZ(Customer)
Customer.Name = "Bruno"
HAjoute(Customer)
Trace(HTransactionRetourneAuPointDeSauvegarde("Avant"))       // expect: 1
Trace(HTransactionRetourneAuPointDeSauvegarde("Inconnu"), HErreur() <> 0)   // expect: 0, 1
HTransactionFin()
Trace(HNbEnr(Customer))                                        // expect: 1
