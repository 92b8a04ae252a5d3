// Tableau d'amortissement d'un prêt : mensualité constante en monétaire,
// la dernière échéance absorbe l'arrondi.
STRUCTURE STEcheance
	nNuméro est un entier
	dDate est une Date
	moMensualité est un monétaire
	moIntérêts est un monétaire
	moCapital est un monétaire
	moRestant est un monétaire
FIN

moTotalIntérêts est un monétaire
tabEch est un tableau de STEcheance = TableauAmortissement(10000, 3.5, 12, "20250131")
POUR TOUT stE DE tabEch
	Trace(stE.nNuméro, DateVersChaîne(stE.dDate, "JJ/MM/AAAA"), NumériqueVersChaîne(stE.moMensualité, "8.2f"), NumériqueVersChaîne(stE.moIntérêts, "6.2f"), NumériqueVersChaîne(stE.moCapital, "8.2f"), NumériqueVersChaîne(stE.moRestant, "9.2f"))
	moTotalIntérêts += stE.moIntérêts
FIN
Trace("Total intérêts : " + moTotalIntérêts)
Trace("Nombre d'échéances : " + tabEch..Occurrence)
// expect: 1, 31/01/2025,   849.22,  29.17,   820.05,   9179.95
// expect: 2, 28/02/2025,   849.22,  26.77,   822.45,   8357.50
// expect: 3, 28/03/2025,   849.22,  24.38,   824.84,   7532.66
// expect: 4, 28/04/2025,   849.22,  21.97,   827.25,   6705.41
// expect: 5, 28/05/2025,   849.22,  19.56,   829.66,   5875.75
// expect: 6, 28/06/2025,   849.22,  17.14,   832.08,   5043.67
// expect: 7, 28/07/2025,   849.22,  14.71,   834.51,   4209.16
// expect: 8, 28/08/2025,   849.22,  12.28,   836.94,   3372.22
// expect: 9, 28/09/2025,   849.22,   9.84,   839.38,   2532.84
// expect: 10, 28/10/2025,   849.22,   7.39,   841.83,   1691.01
// expect: 11, 28/11/2025,   849.22,   4.93,   844.29,    846.72
// expect: 12, 28/12/2025,   849.19,   2.47,   846.72,      0.00
// expect: Total intérêts : 190.61
// expect: Nombre d'échéances : 12

PROCÉDURE CalculeMensualité(LOCAL moCapital est un monétaire, LOCAL rTauxAnnuel est un réel, LOCAL nDurée est un entier) : monétaire
rTauxMensuel est un réel = rTauxAnnuel / 12 / 100
SI rTauxMensuel = 0 ALORS
	RENVOYER Arrondi(moCapital / nDurée, 2)
FIN
RENVOYER Arrondi(moCapital * rTauxMensuel / (1 - Puissance(1 + rTauxMensuel, -nDurée)), 2)

PROCÉDURE TableauAmortissement(moCapital est un monétaire, rTaux est un réel, nDurée est un entier, dPremière est une Date)
tabLignes est un tableau de STEcheance
moMens est un monétaire = CalculeMensualité(moCapital, rTaux, nDurée)
moRestant est un monétaire = moCapital
dEch est une Date = dPremière
POUR i = 1 _À_ nDurée
	stL est un STEcheance
	stL.nNuméro = i
	stL.dDate = dEch
	stL.moIntérêts = Arrondi(moRestant * rTaux / 1200, 2)
	SI i = nDurée ALORS
		stL.moCapital = moRestant
		stL.moMensualité = stL.moCapital + stL.moIntérêts
	SINON
		stL.moCapital = moMens - stL.moIntérêts
		stL.moMensualité = moMens
	FIN
	moRestant -= stL.moCapital
	stL.moRestant = moRestant
	TableauAjoute(tabLignes, stL)
	dEch..Mois += 1
FIN
RENVOYER tabLignes
