// Un membre GLOBAL déclaré monétaire se calcule avec les 6 décimales d'un monétaire,
// comme toute variable ou tout membre monétaire : `CCompte::gmoFrais / 7` montrait 37
// décimales et `::gmoFrais * 1.1` 10.9999989
oCompte est un CCompte
oCompte.Facture(3) // expect: 10.999999, 3.333333
Trace(CCompte::gmoFrais, CCompte::gmoFrais / 7) // expect: 9.999999, 1.428571

CCompte est une Classe
	GLOBAL
		gmoFrais est un monétaire
FIN

PROCÉDURE CCompte::Facture(nFois est un entier)
POUR i = 1 À nFois
	gmoFrais += 10 / 3
FIN
Trace(::gmoFrais * 1.1, gmoFrais / 3)
