// HChangeNom vers une vue : la base refuse de l'indexer, le fichier de données ne peut
// pas y être utilisé : un échec H* (ErreurDétectée, HErreur), jamais une erreur interne
Trace(HNbEnr(Customer))                                           // expect: 0
HExécuteRequêteSQL(QVue, "CREATE VIEW customer_vue AS SELECT * FROM customer")
Trace(HChangeNom(Customer, "customer_vue"))                       // expect: 1
Trace(HLitPremier(Customer), ErreurDétectée, HErreur() <> 0)      // expect: 0, 1, 1
n est un entier = 0
POUR TOUT Customer
    n++
FIN
Trace(n, ErreurDétectée)                                          // expect: 0, 1
Customer.Name = "Personne"
Trace(HAjoute(Customer), ErreurDetectee)                          // expect: 0, 1
// de retour sur sa propre table, tout refonctionne
HChangeNom(Customer, "")
Customer.Name = "Principal"
Trace(HAjoute(Customer), HNbEnr(Customer), ErreurDétectée)        // expect: 1, 1, 0
