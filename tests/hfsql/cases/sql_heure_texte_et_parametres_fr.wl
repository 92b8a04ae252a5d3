// Une rubrique Heure ou DateHeure comparée dans du SQL écrit à la main avec une heure
// écrite 'HH:MM' ('HH:MM:SS', 'AAAA-MM-JJ HH:MM' pour une DateHeure), et un paramètre de
// requête comparé avec une rubrique Date, Heure ou DateHeure (un texte "17:45",
// "2025-01-05", un nombre 20250105), sont le texte que la rubrique garde ("17450000"...),
// comme une date écrite 'AAAA-MM-JJ' : les textes étaient comparés tels qu'écrits, donc
// « BETWEEN '08:00' AND '18:00' » manquait 08:30 et « = {pHeure} » ne trouvait rien.
dFic est une Description de Fichier
dRub est une Description de Rubrique
dFic..Nom = "Visite"
dRub..Nom = "Code"
dRub..Type = hRubTexte
dRub..Taille = 10
dRub..TypeClé = hCléUnique
HDécritRubrique(dFic, dRub)
dRub..Nom = "Arrivée"
dRub..Type = hRubHeure
dRub..TypeClé = hNonClé
HDécritRubrique(dFic, dRub)
dRub..Nom = "Moment"
dRub..Type = hRubDateHeure
HDécritRubrique(dFic, dRub)
HDécritFichier(dFic)
HCréation(Visite)
POUR TOUT s, i DE ["A", "B", "C"]
	Visite.Code = s
	Visite.Arrivée = ["08:30", "17:45", "20:00"][i]
	Visite.Moment = "2025-01-0" + i + " 1" + i + ":00"
	HAjoute(Visite)
FIN
ds est une Source de Données
HExécuteRequêteSQL(ds, "SELECT Code FROM Visite WHERE Arrivée BETWEEN '08:00' AND '18:00' ORDER BY Code")
Trace(HNbEnr(ds), HLitPremier(ds), ds.Code) // expect: 2, 1, A
HExécuteRequêteSQL(ds, "SELECT Code FROM Visite WHERE Visite.Arrivée = '17:45:00'")
Trace(HNbEnr(ds), HLitPremier(ds), ds.Code) // expect: 1, 1, B
HExécuteRequêteSQL(ds, "SELECT Code FROM Visite WHERE Arrivée >= '9:00' AND Moment < '2025-01-03 09:00'")
Trace(HNbEnr(ds), HLitPremier(ds), ds.Code) // expect: 1, 1, B
// le texte à gauche de la rubrique, et la liste de IN (ils étaient comparés tels qu'écrits)
HExécuteRequêteSQL(ds, "SELECT Code FROM Visite WHERE '9:00' <= Arrivée AND Arrivée NOT IN ('20:00', '0830') ORDER BY Code")
Trace(HNbEnr(ds), HLitPremier(ds), ds.Code) // expect: 1, 1, B
HExécuteRequêteSQL(ds, "SELECT Code FROM Visite WHERE Arrivée IN ('08:30', '20:00:00') ORDER BY Code")
Trace(HNbEnr(ds), HLitPremier(ds), ds.Code) // expect: 2, 1, A
q est une Source de Données
q.pHeure = "17:45"
HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Code FROM Visite WHERE Arrivée = {pHeure}")
Trace(HNbEnr(q), HLitPremier(q), q.Code) // expect: 1, 1, B
q2 est une Source de Données
q2.pDe = "08:00"
q2.pA = "18:00"
HExécuteRequêteSQL(q2, hRequêteDéfaut, "SELECT Code FROM Visite WHERE Arrivée BETWEEN {pDe} AND {pA}")
Trace(HNbEnr(q2)) // expect: 2
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20250105"
HAjoute(Orders)
q3 est une Source de Données
q3.pD = "2025-01-05"
HExécuteRequêteSQL(q3, hRequêteDéfaut, "SELECT OrderID FROM Orders WHERE OrderDate = {pD}")
Trace(HNbEnr(q3)) // expect: 1
q4 est une Source de Données
q4.pD = 20250105
HExécuteRequêteSQL(q4, hRequêteDéfaut, "SELECT OrderID FROM Orders WHERE OrderDate >= {pD}")
Trace(HNbEnr(q4)) // expect: 1
// un paramètre écrit avant la rubrique, et des paramètres dans la liste de IN (ils étaient
// comparés tels que donnés : '9:00' <= Arrivée ne trouvait rien, ni Arrivée IN (...))
q5 est une Source de Données
q5.pDe = "9:00"
HExécuteRequêteSQL(q5, hRequêteDéfaut, "SELECT Code FROM Visite WHERE {pDe} <= Arrivée ORDER BY Code")
Trace(HNbEnr(q5), HLitPremier(q5), q5.Code) // expect: 2, 1, B
q6 est une Source de Données
q6.p1 = "17:45"
q6.p2 = "20:00"
HExécuteRequêteSQL(q6, hRequêteDéfaut, "SELECT Code FROM Visite WHERE Arrivée NOT IN ({p1}, {p2}) OR :p1 = Arrivée ORDER BY Code")
Trace(HNbEnr(q6)) // expect: 2
