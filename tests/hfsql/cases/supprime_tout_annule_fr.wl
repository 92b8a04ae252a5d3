// HSupprimeTout dans une transaction annulée : les enregistrements reviennent, et le
// HAjoute suivant prend un numéro après les leurs (sous PostgreSQL la numérotation
// repartie est remise après les enregistrements revenus : docs/hfsql.md "Tables")
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
Customer.Name = "B"
HAjoute(Customer)
Customer.Name = "C"
HAjoute(Customer)
Trace(HTransactionDébut())                             // expect: 1
Trace(HSupprimeTout(Customer), HNbEnr(Customer))       // expect: 1, 0
Customer.Name = "D"
Trace(HAjoute(Customer), HNumEnr(Customer))            // expect: 1, 1
Trace(HTransactionAnnule())                            // expect: 1
Trace(HNbEnr(Customer))                                // expect: 3
Customer.Name = "E"
Trace(HAjoute(Customer), HNumEnr(Customer), ErreurDétectée)   // expect: 1, 4, 0
Customer.Name = "F"
Trace(hajoute(Customer), hnumenr(Customer))            // expect: 1, 5
// validée, la numérotation repart comme hors transaction
HTransactionDebut()
HSupprimeTout(Customer)
HTransactionFin()
Customer.Name = "G"
Trace(HAjoute(Customer), HNumEnr(Customer), HNbEnr(Customer))   // expect: 1, 1, 1
POUR TOUT Customer
	Trace(HNumEnr(Customer), Customer.Name)            // expect: 1, G
FIN
