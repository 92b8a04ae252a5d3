// hCléPrimaire décrit une rubrique clé par programmation comme hCléUnique : une seconde
// fiche de même valeur est refusée (c'était un nom non déclaré, la rubrique n'était pas clé)
fd est une Description de Fichier
rub est une Description de Rubrique
fd..Nom = "Pays"
rub..Nom = "Code" ; rub..Type = hRubriqueTexte ; rub..Taille = 2 ; rub..TypeClé = hCléPrimaire
HDécritRubrique(fd, rub)
rub..Nom = "Libellé" ; rub..Type = hRubriqueTexte ; rub..Taille = 30 ; rub..TypeClé = hNonClé
HDécritRubrique(fd, rub)
HDécritFichier(fd)
HCréation(Pays)
Pays.Code = "BE" ; Pays.Libellé = "Belgique"
Trace(HAjoute(Pays)) // expect: 1
Pays.Code = "BE" ; Pays.Libellé = "België"
Trace(HAjoute(Pays), HErreurDoublon()) // expect: 0, 1
Trace(HNbEnr(Pays)) // expect: 1
