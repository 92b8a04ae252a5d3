// HDécritRubrique réinitialise la variable Description de Rubrique (?1514071 : la
// variable « est réinitialisée et peut être utilisée pour décrire une autre rubrique ») :
// le type de clé, la taille ou la valeur par défaut donnés à une rubrique ne passent pas
// à la rubrique suivante décrite avec la même variable. La clé unique donnée à IDProd
// faisait de chaque rubrique suivante une clé unique : ajouter un deuxième enregistrement
// au Propriétaire vide était un doublon.
fd est une Description de Fichier
rub est une Description de Rubrique
fd..Nom = "Prod"
rub..Nom = "IDProd" ; rub..Type = hRubIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fd, rub)
Trace(rub..Nom = "", rub..TypeClé = hNonClé, rub..Type = hRubTexte, rub..Taille) // expect: 1, 1, 1, 0
rub..Nom = "Proprietaire" ; rub..Taille = 30 ; rub..ValeurDéfaut = "personne"
HDécritRubrique(fd, rub)
rub..Nom = "Rang" ; rub..Type = hRubEntier ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fd, rub)
HDécritFichier(fd)
HCréation(Prod)
POUR i = 1 À 3
	HRAZ(Prod)
	Prod.Rang = 4 - i
	Trace(HAjoute(Prod), Prod.IDProd)
FIN
// expect: 1, 1
// expect: 1, 2
// expect: 1, 3
POUR TOUT Prod SUR Rang
	Trace(Prod.IDProd, Prod.Proprietaire, Prod.Rang)
FIN
// expect: 3, personne, 1
// expect: 2, personne, 2
// expect: 1, personne, 3
Trace(Val(ExtraitChaîne(HInfoRubrique(Prod, "Proprietaire"), 4, TAB)) = hNonClé) // expect: 1
