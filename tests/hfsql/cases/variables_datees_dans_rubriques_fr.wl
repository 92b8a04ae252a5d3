// Une variable Date, Heure ou DateHeure déclarée donnée à une rubrique Date, Heure ou
// DateHeure y est rangée comme dans une variable du type de la rubrique, comme un Variant
// qui la tient : une Heure dans une rubrique DateHeure est cette heure aujourd'hui (ses
// chiffres nus étaient lus comme une date : l'an 0945), une Date dans une rubrique Heure
// minuit (ses chiffres étaient lus comme une heure, 20:25:01.07), une DateHeure dans une
// rubrique Date sa date et dans une rubrique Heure son heure ; une Heure dans une rubrique
// entière ses centièmes depuis minuit. Pareil sur SQLite et PostgreSQL.
// Décidé, INFERRED : docs/hfsql.md "Record buffer".
fd est une Description de Fichier
r est une Description de Rubrique
fd..Nom = "Appel"
r..Nom = "Code"
r..Type = hRubriqueTexte
r..Taille = 10
r..TypeClé = hCléUnique
HDécritRubrique(fd, r)
r..TypeClé = hNonClé
r..Nom = "Jour"
r..Type = hRubriqueDate
HDécritRubrique(fd, r)
r..Nom = "Heure_Appel"
r..Type = hRubriqueHeure
HDécritRubrique(fd, r)
r..Nom = "Horodatage"
r..Type = hRubriqueDateHeure
HDécritRubrique(fd, r)
r..Nom = "Centièmes"
r..Type = hRubriqueEntier
HDécritRubrique(fd, r)
HDécritFichier(fd)
HCréation(Appel)
h est une Heure = "0945"
d est une Date = "20250107"
dh est une DateHeure = "20250105103000000"
// une Heure : dans une rubrique DateHeure cette heure aujourd'hui, comme une variable DateHeure la prend
Appel.Code = "H"
Appel.Horodatage = h
dhDeHeure est une DateHeure = h
Trace(Appel.Horodatage = dhDeHeure, Gauche(Appel.Horodatage, 8) = DateVersChaîne(DateDuJour(), "AAAAMMJJ"), Droite(Appel.Horodatage, 9))   // expect: 1, 1, 094500000
Appel.Heure_Appel = h
Appel.Jour = h
Appel.Centièmes = h
eDeHeure est un entier = h
Trace(Appel.Heure_Appel, Appel.Jour, Appel.Centièmes, eDeHeure)   // expect: 09450000, 09450000, 3510000, 3510000
Trace(HAjoute(Appel))                                 // expect: 1
// une Date : dans une rubrique Heure minuit, dans une rubrique DateHeure ce jour à minuit
Appel.Code = "D"
Appel.Heure_Appel = d
hDeDate est une Heure = d
Appel.Horodatage = d
dhDeDate est une DateHeure = d
Appel.Jour = d
Trace(Appel.Heure_Appel, hDeDate, Appel.Horodatage, dhDeDate, Appel.Jour)   // expect: 00000000, 00000000, 20250107000000000, 20250107000000000, 20250107
Trace(HAjoute(Appel))                                 // expect: 1
// une DateHeure : dans une rubrique Date sa date, dans une rubrique Heure son heure
Appel.Code = "DH"
Appel.Jour = dh
dDeDateHeure est une Date = dh
Appel.Heure_Appel = dh
hDeDateHeure est une Heure = dh
Appel.Horodatage = dh
Trace(Appel.Jour, dDeDateHeure, Appel.Heure_Appel, hDeDateHeure, Appel.Horodatage)   // expect: 20250105, 20250105, 10300000, 10300000, 20250105103000000
Trace(HAjoute(Appel))                                 // expect: 1
// une seconde écriture prend le chemin direct du buffer : convertie de même
Appel.Horodatage = h
Trace(Droite(Appel.Horodatage, 9))                    // expect: 094500000
// relu tel qu'écrit
Trace(HLitRecherchePremier(Appel, Code, "H"), Appel.Horodatage = dhDeHeure, Appel.Centièmes)   // expect: 1, 1, 3510000
Trace(HLitRecherchePremier(Appel, Code, "D"), Appel.Heure_Appel, Appel.Horodatage)   // expect: 1, 00000000, 20250107000000000
Trace(HLitRecherchePremier(Appel, Code, "DH"), Appel.Jour, Appel.Heure_Appel)        // expect: 1, 20250105, 10300000
