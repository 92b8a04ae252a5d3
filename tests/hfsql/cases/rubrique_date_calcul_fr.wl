// (méthode b) Une rubrique Date, Heure ou DateHeure dans un calcul ou une comparaison
// est ce qu'est une variable de son type : `Orders.OrderDate + 1` donnait "202411301"
// (les textes mis bout à bout), c'est le lendemain ; deux dates soustraites donnent des
// jours. Par Fichier.Rubrique, POUR TOUT, un Enregistrement et une colonne de requête.
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20241130"
HAjoute(Orders)
Orders.OrderDate = "20250110"
HAjoute(Orders)
HLitPremier(Orders, OrderDate)
Trace(Orders.OrderDate + 1, Orders.OrderDate - 30)   // expect: 20241201, 20241031
dPremière est une Date = Orders.OrderDate
HLitDernier(Orders, OrderDate)
Trace(Orders.OrderDate - dPremière, Orders.OrderDate > dPremière)   // expect: 41, 1
Trace(TypeVar(Orders.OrderDate) = wlDate)             // expect: 1
nTard est un entier = 0
POUR TOUT Orders
	SI Orders.OrderDate + 10 > "20241205" ALORS nTard++
FIN
Trace(nTard)                                          // expect: 2
e est un Enregistrement de Orders
e.OrderDate = "20240228"
Trace(e.OrderDate + 1)                                // expect: 20240229
REQ est une Source de Données
HExécuteRequêteSQL(REQ, "SELECT OrderDate FROM Orders ORDER BY OrderDate")
HLitPremier(REQ)
Trace(REQ.OrderDate + 1)                              // expect: 20241201
fd est une Description de Fichier
dr est une Description de Rubrique
fd..Nom = "Visite"
dr..Nom = "IDVisite" ; dr..Type = hRubIdAuto ; HDécritRubrique(fd, dr)
dr..Nom = "Vue" ; dr..Type = hRubDateHeure ; HDécritRubrique(fd, dr)
dr..Nom = "Arrivée" ; dr..Type = hRubHeure ; HDécritRubrique(fd, dr)
HDécritFichier(fd)
HCréation(Visite)
Visite.Vue = "20241231230000000"
Visite.Arrivée = "2330"
HAjoute(Visite)
HLitPremier(Visite)
Trace(Visite.Vue + 2h, Visite.Arrivée + 1h)           // expect: 20250101010000000, 00300000
