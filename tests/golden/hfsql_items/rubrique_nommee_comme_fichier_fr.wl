// Une rubrique nommée comme un fichier de données : Orders a une rubrique Customer dans
// l'analyse. Là où une fonction H* attend une rubrique, le nom est la rubrique (c'était
// le fichier Customer : « data file cannot be converted to a string »).
Trace(HOuvreAnalyse("orders.xdd"))                             // expect: 1
Orders.OrderID = 1
Orders.Customer = 7
HAjoute(Orders)
Orders.OrderID = 2
Orders.Customer = 9
HAjoute(Orders)
Trace(HLitRecherchePremier(Orders, Customer, 9), Orders.OrderID) // expect: 1, 2
Trace(Orders.LitRecherchePremier(Customer, 7), Orders.OrderID)   // expect: 1, 1
HFiltre(Orders, Customer, 9)
Trace(HLitPremier(Orders), Orders.OrderID)                     // expect: 1, 2
HFerme("*")
Trace(HFermeAnalyse())                                         // expect: 1
fSupprime("orders.db")
