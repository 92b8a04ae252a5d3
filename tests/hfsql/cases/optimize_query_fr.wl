// HOptimiseRequête (?3044003) : la requête de sélection est vérifiée, rien n'est exécuté
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAjoute(Customer)
REQ_OrdersOfCity.pCity = "Paris"
REQ_OrdersOfCity.pMinTotal = 0
Trace(HOptimiseRequête(REQ_OrdersOfCity))                   // expect: 1
Trace(HOptimiseRequete("SELECT Name FROM Customer"))        // expect: 1
Trace(HOptimiseRequête("UPDATE Customer SET City = 'Nice'"), HErreur() <> 0)   // expect: 0, 1
HLitPremier(Customer)
Trace(Customer.City)                                        // expect: Paris
