// Une rubrique date comparée à un texte : HFSQL garde une date en texte "AAAAMMJJ", et
// l'aide la compare à de tels textes (<Source>.Filtre ?1000024960) : la comparaison est
// celle des textes, qui pour 8 chiffres est l'ordre des dates. Un texte écrit
// "AAAA-MM-JJ" est la date qu'il nomme, comme pour une variable Date : "OrderDate <
// '2025-01-15'" manquait le 10 janvier, et `Orders.OrderDate = "2025-01-10"` gardait les
// tirets. docs/hfsql.md "Filters" (décidé, INFERRED).
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20241130"
HAjoute(Orders)
Orders.OrderDate = "2025-01-10"
Trace(Orders.OrderDate)                                   // expect: 20250110
HAjoute(Orders)
Orders.OrderDate = "20250301"
HAjoute(Orders)
HFiltre(Orders, "OrderDate > '20250101'")
Trace(Comptées())                                         // expect: 2
HFiltre(Orders, "OrderDate < '2025-01-15' ET OrderDate >= '2024-12-01'")
Trace(Comptées())                                         // expect: 1
HFiltre(Orders, OrderDate, "2025-01-01", "2025-12-31")
Trace(Comptées())                                         // expect: 2
HDésactiveFiltre(Orders)
n est un entier
POUR TOUT Orders OÙ OrderDate <= "2025-01-10"
	n++
FIN
Trace(n)                                                  // expect: 2
Trace(HLitRecherchePremier(Orders, OrderDate, "2025-01-10"), Orders.OrderDate)   // expect: 1, 20250110
dh est une DateHeure = "20250301101500000"
Orders.OrderDate = dh
Trace(Orders.OrderDate)                                   // expect: 20250301

// DateHeureSys() donne AAAAMMJJHHMMSSCC (16 chiffres) : une rubrique date, une variable
// Date et une Heure en prennent leur partie (elles gardaient les 16 chiffres)
Orders.OrderDate = DateHeureSys()
dMaint est une Date = DateHeureSys()
hMaint est une Heure = DateHeureSys()
Trace(Taille(Orders.OrderDate), Orders.OrderDate = DateDuJour(), dMaint = DateDuJour(), Taille(hMaint))   // expect: 8, 1, 1, 8

PROCÉDURE Comptées()
n est un entier
POUR TOUT Orders
	n++
FIN
RENVOYER n
