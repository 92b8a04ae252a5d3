// Prêts de bibliothèque : échéances, retours en retard, pénalités, lectures par adhérent
CONSTANTE
	DURÉE_PRÊT = 21
	PÉNALITÉ_JOUR = 0.25
	PÉNALITÉ_MAX = 10
FIN
STPrêt est une Structure
	sAdhérent est une chaîne
	sTitre est une chaîne
	dSortie est une Date
	dRetour est une Date
FIN
tabPrêts est un tableau de STPrêt = [ ...
	["Alice", "Dune", "20240102", "20240120"], ...
	["Bruno", "Emma", "20240105", "20240215"], ...
	["Alice", "Ulysse", "20240110", "20240131"], ...
	["Chen", "Beloved", "20240201", "20240228"], ...
	["Bruno", "Middlemarch", "20240301", "20240310"]]
mPénalités est un monétaire
taLivres est un tableau associatif d'entiers
POUR TOUT stP DE tabPrêts
	dÉchéance est une Date = stP.dSortie + DURÉE_PRÊT
	nRetard est un entier = Max(0, stP.dRetour - dÉchéance)
	mPénalité est un monétaire = Min(PÉNALITÉ_MAX, nRetard * PÉNALITÉ_JOUR)
	mPénalités += mPénalité
	taLivres[stP.sAdhérent]++
	SI nRetard > 0 ALORS
		Trace(ChaîneConstruit("%1 : %2 à rendre le %3, %4 jour(s) de retard, pénalité %5", stP.sAdhérent, stP.sTitre, DateVersChaîne(dÉchéance, "JJ/MM"), nRetard, mPénalité))
	FIN
FIN
// expect: Bruno : Emma à rendre le 26/01, 20 jour(s) de retard, pénalité 5
// expect: Chen : Beloved à rendre le 22/02, 6 jour(s) de retard, pénalité 1.5
Trace("Pénalités : " + mPénalités) // expect: Pénalités : 6.5
POUR TOUT nNombre, sAdhérent DE taLivres
	Trace(sAdhérent + " a emprunté " + nNombre + " livre(s)")
FIN
// expect: Alice a emprunté 2 livre(s)
// expect: Bruno a emprunté 2 livre(s)
// expect: Chen a emprunté 1 livre(s)
Trace(PrêtLePlusLong(tabPrêts)) // expect: Emma (41 jours)
// Les livres rendus un week-end
POUR TOUT stP DE tabPrêts
	SI DateVersJour(stP.dRetour) >= 6 ALORS Trace(stP.sTitre + " rendu un " + Minuscule(DateVersJourEnLettre(stP.dRetour)))
FIN
// expect: Dune rendu un samedi
// expect: Middlemarch rendu un dimanche

// Le titre gardé le plus longtemps, et combien de jours
PROCÉDURE PrêtLePlusLong(tab)
nMax est un entier = -1
sMax est une chaîne
POUR TOUT stP DE tab
	SI stP.dRetour - stP.dSortie > nMax ALORS
		nMax = stP.dRetour - stP.dSortie
		sMax = stP.sTitre
	FIN
FIN
RENVOYER ChaîneConstruit("%1 (%2 jours)", sMax, nMax)
