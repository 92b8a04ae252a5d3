// Des rubriques Heure et DateHeure à qui l'on donne un texte ou des chiffres les
// convertissent comme une variable Heure ou DateHeure, et un texte qu'aucune ne lit est
// gardé entier, comme la variable le garde : "05/01/2025 à 10h30" était coupé aux 17
// caractères de la rubrique DateHeure, et "vers dix heures" aux 9 de la rubrique Heure,
// la fin perdue pour de bon, sans un mot. Pareil sur SQLite et PostgreSQL (la colonne
// PostgreSQL d'une rubrique Heure ou DateHeure est un varchar sans taille). Décidé,
// INFERRED : docs/hfsql.md "Record buffer".
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
// un texte qu'aucune variable ne lit : gardé entier, dans le buffer et dans la base
Visite.Code = "A"
Visite.Heure_Arrivée = "vers dix heures"
Visite.Horodatage = "05/01/2025 à 10h30"
Trace(Visite.Heure_Arrivée, Visite.Horodatage)        // expect: vers dix heures, 05/01/2025 à 10h30
Trace(HAjoute(Visite))                                 // expect: 1
Trace(Taille(Visite.Heure_Arrivée), Taille(Visite.Horodatage))   // expect: 15, 18
// les formes qu'une variable Heure ou DateHeure lit
Visite.Code = "B"
Visite.Heure_Arrivée = "1030"
Visite.Horodatage = "20250105"
Trace(Visite.Heure_Arrivée, Visite.Horodatage)        // expect: 10300000, 20250105000000000
Trace(Visite.Heure_Arrivée..Heure, Visite.Heure_Arrivée..Minute, Visite.Horodatage..Jour)   // expect: 10, 30, 5
Trace(HAjoute(Visite))                                 // expect: 1
Visite.Code = "C"
Visite.Heure_Arrivée = "1745"
Visite.Horodatage = "2025/01/06 17:45"
Trace(Visite.Heure_Arrivée, Visite.Horodatage)        // expect: 17450000, 20250106174500000
Trace(HAjoute(Visite))                                 // expect: 1
// relu tel qu'il a été écrit
POUR TOUT Visite SUR Code
	Trace(Visite.Code, Visite.Heure_Arrivée, Visite.Horodatage)
FIN
// expect: A, vers dix heures, 05/01/2025 à 10h30
// expect: B, 10300000, 20250105000000000
// expect: C, 17450000, 20250106174500000
// une Heure tenue par un Variant dans une rubrique DateHeure : cette heure aujourd'hui ; une Date dans une Heure : minuit
hDix est une Heure = "10:30"
vHeure est un Variant = hDix
Visite.Horodatage = vHeure
Trace(Gauche(Visite.Horodatage, 8) = DateVersChaîne(DateDuJour(), "AAAAMMJJ"), Droite(Visite.Horodatage, 9))   // expect: 1, 103000000
dJour est une Date = "20250107"
vJour est un Variant = dJour
Visite.Heure_Arrivée = vJour
Trace(Visite.Heure_Arrivée)                            // expect: 00000000
// cherché et comparé comme une variable Heure les lit (une recherche sur une Heure est à l'identique)
h est une Heure = "10:30"
Trace(HLitRecherchePremier(Visite, Heure_Arrivée, "1030"), Visite.Code, Visite.Heure_Arrivée = h)   // expect: 1, B, 1
POUR TOUT Visite AVEC Heure_Arrivée = "1745"
	Trace("avec", Visite.Code)                         // expect: avec, C
FIN
// retrouvé par le texte donné, puis converti par une passe suivante
Trace(HLitRecherchePremier(Visite, Code, "A"), Visite.Horodatage)   // expect: 1, 05/01/2025 à 10h30
Visite.Heure_Arrivée = "10:00"
Visite.Horodatage = "2025-01-05T10:30"
Trace(HModifie(Visite), Visite.Heure_Arrivée, Visite.Horodatage)   // expect: 1, 10000000, 20250105103000000
HLitRecherchePremier(Visite, Code, "A")
Trace(Visite.Heure_Arrivée..Heure, Visite.Horodatage..Année)       // expect: 10, 2025
// un entier est ce qu'une variable Heure en fait, des centièmes de seconde depuis minuit :
// 1745 est 00:00:17,45, et l'enregistrement est trouvé par une variable Heure à qui l'on
// donne 1745 (il était lu comme les chiffres HHMM, 17450000, que cette variable manquait) ;
// une rubrique DateHeure à qui l'on donne un entier lit ses chiffres comme une variable
// DateHeure qui le reçoit est lue (20250108 : minuit)
hEnt est une Heure = 1745
dhEnt est une DateHeure = 20250108
Visite.Code = "E"
Visite.Heure_Arrivée = 1745
Visite.Horodatage = 20250108
Trace(hEnt, Visite.Heure_Arrivée, Visite.Horodatage)  // expect: 00001745, 00001745, 20250108000000000
Trace(HAjoute(Visite))                                 // expect: 1
HRAZ(Visite)
Trace(HLitRecherchePremier(Visite, Heure_Arrivée, hEnt), Visite.Code)   // expect: 1, E
HRAZ(Visite)
Trace(HLitRecherchePremier(Visite, Horodatage, dhEnt), Visite.Code)     // expect: 1, E
POUR TOUT Visite AVEC Heure_Arrivée = hEnt
	Trace("avec", Visite.Code)                         // expect: avec, E
FIN
