// Une valeur donnée à une rubrique est convertie comme une variable du type de la rubrique
// la convertit, quoi qui tienne la valeur : une autre rubrique (Visite.Montant =
// Visite.Heure_Arrivée), un membre d'une variable Enregistrement de fichier, le membre
// d'une structure. Une Heure est ses centièmes de seconde dans un nombre : une rubrique
// Heure dans une rubrique monétaire était ses chiffres HHMMSSCC (10300000 pour 10h30, là
// où une variable monétaire qui reçoit l'Heure tient 3780000). Les nombres et les
// booléens dans les rubriques Heure et DateHeure suivent une règle, celle des variables
// (runtime/types.py coerce) : 1745 dans une DateHeure est ses chiffres lus comme une date
// (l'année 1745, comme le texte "1745"), Vrai dans une Heure son nombre 1, un centième
// (c'était 01:00, quand une variable Heure tenait le texte "1"). Décidé, INFERRED :
// docs/hfsql.md "Record buffer".
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
r..Nom = "Montant"
r..Type = hRubriqueMonétaire
HDécritRubrique(fd, r)
r..Nom = "N"
r..Type = hRubriqueEntier
HDécritRubrique(fd, r)
HDécritFichier(fd)
HCréation(Visite)
// de rubrique à rubrique : comme une variable du type de la cible qui reçoit la source
Visite.Code = "A"
Visite.Heure_Arrivée = "10:30"
Visite.Montant = Visite.Heure_Arrivée
Visite.N = Visite.Heure_Arrivée
Visite.Horodatage = Visite.Heure_Arrivée
mMontant est un monétaire = Visite.Heure_Arrivée
Trace(Visite.Montant, Visite.N, mMontant)              // expect: 3780000, 3780000, 3780000
Trace(Droite(Visite.Horodatage, 9))                    // expect: 103000000
Trace(HAjoute(Visite))                                 // expect: 1
// le membre d'un Enregistrement de fichier, le membre d'une structure
enr est un Enregistrement de Visite
enr.Heure_Arrivée = "08:15"
Visite.Code = "B"
Visite.Montant = enr.Heure_Arrivée
mEnr est un monétaire = enr.Heure_Arrivée
Trace(Visite.Montant, mEnr)                            // expect: 2970000, 2970000
STCréneau est une Structure
	hDébut est une Heure
FIN
stCréneau est un STCréneau
stCréneau.hDébut = "00:01"
Visite.N = stCréneau.hDébut
Visite.Montant = stCréneau.hDébut
Trace(Visite.N, Visite.Montant)                        // expect: 6000, 6000
// nombres et booléens : la rubrique et la variable tiennent la même chose
dhNombre est une DateHeure = 20250108
Visite.Horodatage = 20250108
Trace(dhNombre, Visite.Horodatage)                     // expect: 20250108000000000, 20250108000000000
dhAnnée est une DateHeure = 1745
Visite.Horodatage = 1745
Trace(dhAnnée, Visite.Horodatage, dhAnnée = Visite.Horodatage)   // expect: 17450000000000000, 17450000000000000, 1
hVrai est une Heure = Vrai
Visite.Heure_Arrivée = Vrai
Trace(hVrai, Visite.Heure_Arrivée)                     // expect: 00000001, 00000001
dhVrai est une DateHeure = Vrai
Visite.Horodatage = Vrai
Trace(dhVrai = Visite.Horodatage)                      // expect: 1
Visite.Heure_Arrivée = Faux
Visite.Horodatage = 20250108
Trace(Visite.Heure_Arrivée, HAjoute(Visite))           // expect: 00000000, 1
// cherchée par la variable qui reçoit le même nombre
HRAZ(Visite)
Trace(HLitRecherchePremier(Visite, Horodatage, dhNombre), Visite.Code, Visite.Montant)   // expect: 1, B, 6000
POUR TOUT Visite AVEC Montant = 3780000
	Trace("avec", Visite.Code, Visite.Heure_Arrivée..Heure)   // expect: avec, A, 10
FIN
