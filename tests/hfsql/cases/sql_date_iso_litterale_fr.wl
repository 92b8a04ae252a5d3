// Une rubrique date comparée dans du SQL écrit à la main avec une date écrite
// 'AAAA-MM-JJ' est comparée au texte AAAAMMJJ que la rubrique contient, comme POUR TOUT
// ... AVEC et HFiltre lisent un tel texte : les textes étaient comparés tels quels ('0'
// après '-'), donc ">= '2025-01-15'" laissait passer le 10 janvier et "= '2025-01-10'"
// ne trouvait rien, sur les deux bases. docs/hfsql.md "HFSQL's SQL translated".
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20250110"
Orders.Total = 1
HAjoute(Orders)
Orders.OrderDate = "20250120"
Orders.Total = 2
HAjoute(Orders)
Orders.OrderDate = "20250205"
Orders.Total = 3
HAjoute(Orders)
sd est une Source de Données
HExécuteRequêteSQL(sd, "SELECT Total FROM Orders WHERE OrderDate >= '2025-01-15' ORDER BY Total")
Trace(HNbEnr(sd))                                     // expect: 2
HExécuteRequêteSQL(sd, "SELECT Total FROM Orders WHERE Orders.OrderDate = '2025-01-10'")
Trace(HNbEnr(sd), HLitPremier(sd), sd.Total)          // expect: 1, 1, 1
HExécuteRequêteSQL(sd, "SELECT Total FROM Orders WHERE OrderDate BETWEEN '2025-01-01' AND '2025-01-31' ORDER BY Total")
Trace(HNbEnr(sd))                                     // expect: 2
HExécuteRequêteSQL(sd, "SELECT Total FROM Orders WHERE OrderDate < '2025-01-15' OR Total = 3 ORDER BY Total")
Trace(HNbEnr(sd))                                     // expect: 2
// un texte qui n'est pas celui d'une rubrique date reste tel qu'écrit
HExécuteRequêteSQL(sd, "SELECT '2025-01-15' AS t FROM Orders WHERE OrderDate >= '20250201'")
Trace(HLitPremier(sd), sd.t)                          // expect: 1, 2025-01-15
