// Indemnités kilométriques au barème fiscal (voitures) : trois tranches par puissance,
// chacune un taux au km et une part fixe, arrondies au centime
STTranche est une structure
	nKmMax est un entier
	rCoefA est un réel
	mFixe est un monétaire
FIN

gtabBarème est un tableau de STTranche

POUR TOUT nKm DE [3000, 5000, 5001, 12500, 20000, 25000]
	Trace(nKm, IndemnitéKm(nKm, 3), IndemnitéKm(nKm, 4), IndemnitéKm(nKm))
FIN
mTotal est un monétaire
tabTrajets est un tableau de 0 entiers
TableauAjoute(tabTrajets, 120)
TableauAjoute(tabTrajets, 87)
Ajoute(tabTrajets, 43)
nCumul est un entier
POUR i = 1 _À_ tabTrajets..Occurrence
	nCumul += tabTrajets[i]
FIN
mTotal = IndemnitéKm(nCumul, 4)
Trace("Total : " + mTotal + " €", NumériqueVersChaîne(mTotal, "10,2fS"))
Info("Indemnité : " + ChaîneConstruit("%1 km -> %2 €", nCumul, mTotal))
// expect: 3000, 1587, 1818, 1908
// expect: 5000, 2645, 3030, 3180
// expect: 5001, 2645.32, 3030.34, 3180.36
// expect: 12500, 5015, 5580, 5857.5
// expect: 20000, 7385, 8130, 8535
// expect: 25000, 9250, 10175, 10675
// expect: Total : 151.5 €,     151,50
// expect: Indemnité : 250 km -> 151.5 €

PROCÉDURE InitBarème(nCV est un entier)
TableauSupprimeTout(gtabBarème)
t est un STTranche
SELON nCV
	CAS <= 3
		t.nKmMax = 5000 ; t.rCoefA = 0.529 ; t.mFixe = 0 ; TableauAjoute(gtabBarème, t)
		t.nKmMax = 20000 ; t.rCoefA = 0.316 ; t.mFixe = 1065 ; TableauAjoute(gtabBarème, t)
		t.nKmMax = 999999 ; t.rCoefA = 0.370 ; t.mFixe = 0 ; TableauAjoute(gtabBarème, t)
	CAS 4
		t.nKmMax = 5000 ; t.rCoefA = 0.606 ; t.mFixe = 0 ; TableauAjoute(gtabBarème, t)
		t.nKmMax = 20000 ; t.rCoefA = 0.340 ; t.mFixe = 1330 ; TableauAjoute(gtabBarème, t)
		t.nKmMax = 999999 ; t.rCoefA = 0.407 ; t.mFixe = 0 ; TableauAjoute(gtabBarème, t)
	AUTRE CAS
		t.nKmMax = 5000 ; t.rCoefA = 0.636 ; t.mFixe = 0 ; TableauAjoute(gtabBarème, t)
		t.nKmMax = 20000 ; t.rCoefA = 0.357 ; t.mFixe = 1395 ; TableauAjoute(gtabBarème, t)
		t.nKmMax = 999999 ; t.rCoefA = 0.427 ; t.mFixe = 0 ; TableauAjoute(gtabBarème, t)
FIN

PROCÉDURE IndemnitéKm(nKm est un entier, nCV est un entier = 5) : monétaire
InitBarème(nCV)
POUR TOUT stT DE gtabBarème
	SI nKm <= stT.nKmMax ALORS
		RENVOYER Arrondi(nKm * stT.rCoefA + stT.mFixe, 2)
	FIN
FIN
RENVOYER 0
