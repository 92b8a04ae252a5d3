// Le type de clé d'une rubrique tel que HInfoRubrique (quatrième champ) et
// HListeRubrique(Fichier, hLstDétail) (deuxième champ) le donnent est la valeur de la
// constante donnée à ..TypeClé : hNonClé, hCléUnique, hCléAvecDoublon (2060-2062 de
// HFConstant.h), qu'un programme peut donc comparer.
fd est une Description de Fichier
rub est une Description de Rubrique
fd..Nom = "Piece"
rub..Nom = "Ref" ; rub..Type = hRubriqueTexte ; rub..Taille = 10 ; rub..TypeClé = hCléUnique
HDécritRubrique(fd, rub)
rub..Nom = "Famille" ; rub..Type = hRubriqueTexte ; rub..Taille = 20 ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fd, rub)
rub..Nom = "Prix" ; rub..Type = hRubriqueMonétaire ; rub..TypeCle = HNONCLE
HDécritRubrique(fd, rub)
HDécritFichier(fd)
HCréation(Piece)
Trace(Val(ExtraitChaîne(HInfoRubrique(Piece, "Ref"), 4, TAB)) = hCléUnique)          // expect: 1
Trace(Val(ExtraitChaîne(HInfoRubrique(Piece, "Famille"), 4, TAB)) = hCléAvecDoublon) // expect: 1
Trace(Val(ExtraitChaîne(HInfoRubrique(Piece, 3), 4, TAB)) = hNonCle)                // expect: 1
sListe est une chaîne = HListeRubrique(Piece, hLstDétail)
POUR TOUTE CHAÎNE sLigne DE sListe SÉPARÉE PAR RC
	Trace(ExtraitChaîne(sLigne, 1, TAB), ExtraitChaîne(sLigne, 2, TAB))
FIN
// expect: Ref, 2061
// expect: Famille, 2062
// expect: Prix, 2060
