// Rendu de monnaie d'une caisse : pièces et billets, en numérique (pas d'erreur de réel)
tabValeurs est un tableau de numériques = [50, 20, 10, 5, 2, 1, 0.50, 0.20, 0.10, 0.05, 0.02, 0.01]
nuTotal est un numérique = 17.83
nuDonné est un numérique = 50
nuRendu est un numérique = nuDonné - nuTotal
Trace("À rendre : " + nuRendu)
tabRendu est un tableau associatif d'entiers
nuReste est un numérique = nuRendu
POUR TOUT nuValeur DE tabValeurs
	nNb est un entier = PartieEntière(nuReste / nuValeur)
	SI nNb > 0 ALORS
		tabRendu[NumériqueVersChaîne(nuValeur, ".2f")] = nNb
		nuReste -= nNb * nuValeur
	FIN
FIN
POUR TOUT nNombre, sValeur DE tabRendu
	Trace(nNombre + " x " + sValeur)
FIN
Trace("Reste : " + nuReste)
// la même chose en réels : 0.1 + 0.2
rA est un réel = 0.1
rB est un réel = 0.2
Trace(rA + rB = 0.3)
nuA est un numérique = 0.1
nuB est un numérique = 0.2
Trace(nuA + nuB, nuA + nuB = 0.3)
Trace(RenduEnPièces(3.88))
// expect: À rendre : 32.17
// expect: 1 x 20.00
// expect: 1 x 10.00
// expect: 1 x 2.00
// expect: 1 x 0.10
// expect: 1 x 0.05
// expect: 1 x 0.02
// expect: Reste : 0
// expect: 1
// expect: 0.3, 1
// expect: 2 + 1 + 0.5 + 0.2 + 0.1 + 0.05 + 0.02 + 0.01

PROCÉDURE RenduEnPièces(LOCAL nuMontant est un numérique) : chaîne
	sRés est une chaîne
	tabPièces est un tableau de numériques = [2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01]
	POUR i = 1 _À_ tabPièces..Occurrence
		TANTQUE nuMontant >= tabPièces[i]
			sRés += [" + "] + tabPièces[i]
			nuMontant -= tabPièces[i]
		FIN
	FIN
	RENVOYER sRés
