// Des rubriques Heure et DateHeure à qui l'on donne un texte ISO ("10:30",
// "2025-01-05T10:30:00") gardent les chiffres qu'une variable Heure ou DateHeure
// stocke ("10300000", "20250105103000000"), comme une rubrique Date ("2025-01-05" :
// "20250105") : elles gardaient le texte, et PostgreSQL refusait le HAjoute des 19
// caractères de la DateHeure là où SQLite les stockait. D'autres chiffres et un autre
// texte sont ce qu'en fait une variable Heure ou DateHeure, le texte gardé entier
// (rubrique_heure_autre_texte_fr.wl), pareil sur les deux bases. Un texte ISO comparé à une telle rubrique (POUR TOUT ... AVEC,
// HFiltre, une recherche) est lu de même : il était comparé comme texte, "Heure_Arrivée
// < '11:00'" laissant passer 11:15. Décidé, INFERRED : docs/hfsql.md "Record buffer".
fd est une Description de Fichier
r est une Description de Rubrique
fd..Nom = "Visite"
r..Nom = "Code"
r..Type = hRubriqueTexte
r..Taille = 10
r..TypeClé = hCléUnique
HDécritRubrique(fd, r)
r..Nom = "Heure_Arrivée"
r..Type = hRubriqueHeure
r..TypeClé = hNonClé
HDécritRubrique(fd, r)
r..Nom = "Horodatage"
r..Type = hRubriqueDateHeure
HDécritRubrique(fd, r)
HDécritFichier(fd)
HCréation(Visite)
Visite.Code = "A"
Visite.Heure_Arrivée = "10:30"
Visite.Horodatage = "2025-01-05T10:30:00"
Trace(Visite.Heure_Arrivée, Visite.Horodatage)          // expect: 10300000, 20250105103000000
Trace(HAjoute(Visite))                                  // expect: 1
Trace(Visite.Heure_Arrivee..Heure, Visite.Horodatage..Minute)  // expect: 10, 30
Visite.Code = "B"
Visite.Heure_Arrivée = "14:05:30.25"
Visite.Horodatage = "2025-01-06"
Trace(Visite.Heure_Arrivée, Visite.Horodatage)          // expect: 14053025, 20250106000000000
Trace(HAjoute(Visite))                                  // expect: 1
// des chiffres sont ceux d'une Heure : 103000000 sans millième, donc 10300000
Visite.Code = "C"
Visite.Heure_Arrivée = "103000000"
Visite.Horodatage = "20250105103000123"
Trace(HAjoute(Visite), Visite.Heure_Arrivée, Visite.Horodatage)  // expect: 1, 10300000, 20250105103000123
// un autre texte : gardé entier, comme une variable Heure ou DateHeure le garde
Visite.Code = "D"
Visite.Heure_Arrivée = "vers 10 heures"
Visite.Horodatage = "05/01/2025 à 10h30"
Trace(Visite.Heure_Arrivée, Visite.Horodatage)          // expect: vers 10 heures, 05/01/2025 à 10h30
Trace(HAjoute(Visite))                                  // expect: 1
POUR TOUT Visite SUR Code
	Trace(Visite.Code, Visite.Heure_Arrivée, Visite.Horodatage)
FIN
// expect: A, 10300000, 20250105103000000
// expect: B, 14053025, 20250106000000000
// expect: C, 10300000, 20250105103000123
// expect: D, vers 10 heures, 05/01/2025 à 10h30
// comparées et cherchées
POUR TOUT Visite AVEC Heure_Arrivée >= "10:30" ET Heure_Arrivée < "14:10"
	Trace("avec", Visite.Code)
FIN
// expect: avec, A
// expect: avec, B
// expect: avec, C
HFiltre(Visite, "Horodatage >= '2025-01-05T12:00' ET Heure_Arrivée <> ''")
POUR TOUT Visite SUR Code
	Trace("filtre", Visite.Code)
FIN
// expect: filtre, B
HDésactiveFiltre(Visite)
Trace(HLitRecherchePremier(Visite, Code, "A"), HLitRecherchePremier(Visite, Horodatage, "2025-01-06"), Visite.Code)  // expect: 1, 1, B
