// Des valeurs Date, Heure, DateHeure et Durée données aux chemins qui font d'une valeur du
// SQL : les paramètres d'une requête ({p} et :p sur une Source de Données,
// HPrépareRequêteSQL), la valeur d'une recherche, les bornes de HFiltre, POUR TOUT ...
// AVEC. Chacune arrive à la base sous la forme que stocke une rubrique : une Date ses 8
// chiffres, une Heure HHMMSSCC, une DateHeure ses 17 chiffres, une Durée ses
// millisecondes (comme une rubrique entière la garde). Une Durée donnée en paramètre était
// refusée par le pilote. Décidé, INFERRED : docs/hfsql.md "Queries, data sources, aliases".
fd est une Description de Fichier
r est une Description de Rubrique
fd..Nom = "Visite"
r..Nom = "Code"
r..Type = hRubriqueTexte
r..Taille = 10
r..TypeClé = hCléUnique
HDécritRubrique(fd, r)
r..Nom = "Jour"
r..Type = hRubriqueDate
r..TypeClé = hCléAvecDoublon
HDécritRubrique(fd, r)
r..Nom = "Arrivée"
r..Type = hRubriqueHeure
HDécritRubrique(fd, r)
r..Nom = "Horodatage"
r..Type = hRubriqueDateHeure
HDécritRubrique(fd, r)
r..Nom = "Ms"
r..Type = hRubriqueEntier
HDécritRubrique(fd, r)
HDécritFichier(fd)
HCréation(Visite)
d est une Date = "20250105"
h est une Heure = "10:30"
dh est une DateHeure = "20250105103000000"
du est une Durée = "2 h"
Visite.Code = "A"
Visite.Jour = d
Visite.Arrivée = h
Visite.Horodatage = dh
Visite.Ms = du
Trace(HAjoute(Visite), Visite.Jour, Visite.Arrivée, Visite.Horodatage, Visite.Ms)   // expect: 1, 20250105, 10300000, 20250105103000000, 7200000
Visite.Code = "B"
Visite.Jour = "20250210"
Visite.Arrivée = "17:45"
Visite.Horodatage = "20250210174500000"
Visite.Ms = 60000
Trace(HAjoute(Visite))                                // expect: 1
// les {paramètres} d'une Source de Données
src est une Source de Données
src.pJour = d
src.pArr = h
src.pHoro = dh
src.pMs = du
Trace(HExécuteRequêteSQL(src, "SELECT Code FROM Visite WHERE Jour = {pJour} AND Arrivée = {pArr} AND Horodatage = {pHoro} AND Ms = {pMs}"), HNbEnr(src))   // expect: 1, 1
Trace(HLitPremier(src), src.Code)                     // expect: 1, A
// chaque valeur telle que la base la reçoit
vu est une Source de Données
vu.pJour = d
vu.pArr = h
vu.pHoro = dh
vu.pMs = du
HExécuteRequêteSQL(vu, "SELECT {pJour} AS a, {pArr} AS b, {pHoro} AS c, {pMs} AS e")
Trace(HLitPremier(vu), vu.a, vu.b, vu.c, vu.e)       // expect: 1, 20250105, 10300000, 20250105103000000, 7200000
// des :paramètres, et une Durée sous une borne
dessous est une Source de Données
dessous.pMs = du
Trace(HExécuteRequêteSQL(dessous, "SELECT Code FROM Visite WHERE Ms < :pMs"), HLitPremier(dessous), dessous.Code)   // expect: 1, 1, B
// une requête préparée lancée deux fois avec d'autres valeurs
q est une Source de Données
Trace(HPrépareRequêteSQL(q, "SELECT Code FROM Visite WHERE Arrivée = :pArr AND Ms = :pMs"))   // expect: 1
q.pArr = h
q.pMs = du
Trace(HExécuteRequêteSQL(q), HLitPremier(q), q.Code)  // expect: 1, 1, A
h = "17:45"
q.pArr = h
q.pMs = 1 min
Trace(HExécuteRequêteSQL(q), HLitPremier(q), q.Code)  // expect: 1, 1, B
// recherches, filtres et POUR TOUT ... AVEC avec les mêmes valeurs
Trace(HLitRecherchePremier(Visite, Jour, d), Visite.Code)   // expect: 1, A
Trace(HLitRecherchePremier(Visite, Code, "B"), HLitRecherchePremier(Visite, Ms, du), Visite.Code)   // expect: 1, 1, A
n est un entier
POUR TOUT Visite AVEC Arrivée = h ET Ms = du
	n++
FIN
Trace(n)                                              // expect: 0
h = "10:30"
POUR TOUT Visite AVEC Arrivée = h ET Ms = du
	n++
FIN
Trace(n)                                              // expect: 1
HFiltre(Visite, Jour, d, "20250131")
n = 0
POUR TOUT Visite
	n++
FIN
Trace(n)                                              // expect: 1
HDésactiveFiltre(Visite)
