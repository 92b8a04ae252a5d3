// Simulation d'emprunt : une procédure qui renvoie deux valeurs (RENVOYER (a, b), lues par
// (x, y) = P(...)), paramètre par défaut, Puissance, arrondis au centime, tableau
// d'amortissement à deux dimensions rempli par TableauAjouteLigne, dernière échéance
// qui solde le capital.
mMensualité, mCoût, m2, c2 sont des monétaires
(mMensualité, mCoût) = Mensualité(150000, 3.45, 20)
Trace("mensualité : " + mMensualité + ", coût du crédit : " + mCoût) // expect: mensualité : 866.09, coût du crédit : 57861.6
(m2, c2) = Mensualité(150000, 0, 15)
Trace("à taux zéro : " + m2 + ", coût " + c2) // expect: à taux zéro : 833.33, coût 0

tabAmort est un tableau de 0 par 4 monétaires
Amortissement(12000, 4.8, 1, tabAmort)
POUR i = 1 _A_ TableauInfo(tabAmort, tiNombreLignes)
	SI i <= 2 OU i >= 11 ALORS
		Trace(ChaîneConstruit("%1 %2 %3 %4 %5", Droite("  " + i, 2), NumériqueVersChaîne(tabAmort[i, 1], "8.2f"), ...
			NumériqueVersChaîne(tabAmort[i, 2], "7.2f"), NumériqueVersChaîne(tabAmort[i, 3], "8.2f"), ...
			NumériqueVersChaîne(tabAmort[i, 4], "9.2f")))
	FIN
FIN
// expect:  1  1026.19   48.00   978.19  11021.81
// expect:  2  1026.19   44.09   982.10  10039.71
// expect: 11  1026.19    8.16  1018.03   1022.11
// expect: 12  1026.20    4.09  1022.11      0.00

PROCÉDURE Mensualité(mCapital est un monétaire, rTauxAnnuel est un réel, nAnnées est un entier = 20)
nMois est un entier = nAnnées * 12
SI rTauxAnnuel = 0 ALORS
	RENVOYER (Arrondi(mCapital / nMois, 2), 0)
FIN
rT est un réel = rTauxAnnuel / 100 / 12
mM est un monétaire = Arrondi(mCapital * rT / (1 - Puissance(1 + rT, -nMois)), 2)
RENVOYER (mM, mM * nMois - mCapital)

// lignes : mensualité, intérêts, capital remboursé, capital restant dû
PROCÉDURE Amortissement(mCapital est un monétaire, rTaux est un réel, nAnnées est un entier, tab est un tableau de monétaires)
mM est un monétaire
(mM, ) = Mensualité(mCapital, rTaux, nAnnées)	// le coût n'est pas utile ici
mReste est un monétaire = mCapital
POUR i = 1 _A_ nAnnées * 12
	mIntérêts est un monétaire = Arrondi(mReste * rTaux / 100 / 12, 2)
	mAmorti est un monétaire = mM - mIntérêts
	SI i = nAnnées * 12 ALORS mAmorti = mReste		// la dernière échéance solde
	mReste -= mAmorti
	TableauAjouteLigne(tab, mIntérêts + mAmorti, mIntérêts, mAmorti, mReste)
FIN
