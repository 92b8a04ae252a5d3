// Lignes de facture à 5,5 / 10 / 20 % : totaux par taux
STLigne est une Structure
	sLibellé est une chaîne
	nQté est un entier
	moPUHT est un monétaire
	rTauxTVA est un réel
FIN
tabLignes est un tableau de STLigne
AjouteLigne(tabLignes, "Farine T55 1 kg", 12, 1.15, 5.5)
AjouteLigne(tabLignes, "Repas sur place", 3, 14.50, 10)
AjouteLigne(tabLignes, "Tablier", 2, 19.99, 20)
AjouteLigne(tabLignes, "Sucre 1 kg", 5, 1.09, 5.5)
AjouteLigne(tabLignes, "Livraison", 1, 8.33, 20)
tabParTaux est un tableau associatif de monétaires
moTotalHT est un monétaire
POUR TOUT ligne DE tabLignes
	moHT est un monétaire = ligne.nQté * ligne.moPUHT
	tabParTaux[ligne.rTauxTVA] += moHT
	moTotalHT += moHT
FIN
moTotalTVA est un monétaire
POUR TOUT moBase, rTaux DE tabParTaux
	moTVA est un monétaire = Arrondi(moBase * rTaux / 100, 2)
	moTotalTVA += moTVA
	Trace(NumériqueVersChaîne(rTaux, ".1f") + " %", moBase, moTVA)
FIN
Trace("Total HT : " + moTotalHT, "TVA : " + moTotalTVA, "TTC : " + (moTotalHT + moTotalTVA))
Trace(tabParTaux[5.5], tabParTaux["20"], tabParTaux..Occurrence)
// expect: 5.5 %, 19.25, 1.06
// expect: 10 %, 43.5, 4.35
// expect: 20 %, 48.31, 9.66
// expect: Total HT : 111.06, TVA : 15.07, TTC : 126.13
// expect: 19.25, 48.31, 3

PROCÉDURE AjouteLigne(t est un tableau de STLigne, sLib, nQ, moPU, rTaux)
	l est un STLigne
	l.sLibellé = sLib
	l.nQté = nQ
	l.moPUHT = moPU
	l.rTauxTVA = rTaux
	TableauAjoute(t, l)
