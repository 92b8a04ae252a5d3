// POUR TOUT sur un tableau de monétaires ou de numériques : la variable désigne un
// monétaire (un numérique), donc `m / 3` est calculé avec les 6 décimales d'un monétaire,
// comme `tabPrix[1] / 3` (il montrait 37 décimales : 3.3333333333333333333333333333333333333)
tabPrix est un tableau de monétaires = [10, 20.5]
POUR TOUT moPrix DE tabPrix
	Trace(moPrix / 3, moPrix * 1.1, tabPrix[1] / 3)
FIN
// expect: 3.333333, 11, 3.333333
// expect: 6.833333, 22.55, 3.333333
tabTaux est un tableau de numériques = [10]
POUR TOUT nTaux DE tabTaux
	Trace(nTaux / 7) // expect: 1.428571
FIN
// un montant réparti en trois échéances
moTotal est un monétaire = 0
POUR TOUT moPrix DE tabPrix
	moTotal += moPrix / 3
FIN
Trace(moTotal) // expect: 10.166666
