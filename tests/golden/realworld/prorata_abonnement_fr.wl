// Abonnement annuel facturé au prorata temporis : chaque année civile au nombre de ses
// jours (366 les années bissextiles), le total arrondi au centime
CONSTANTE
	TARIF_ANNUEL = 1200
FIN
Trace(NbJoursAnnée(2024), NbJoursAnnée(2025), NbJoursAnnée(1900), NbJoursAnnée(2000))
Trace(Prorata("20250101", "20251231"))
Trace(Prorata("20240101", "20241231"))
Trace(Prorata("20250315", "20251231"))
Trace(Prorata("20240301", "20250228"))
Trace(Prorata("20231201", "20240229", 365))
Trace(Prorata("20240229", "20240229"))
mMensuel est un monétaire = 49.90
nJoursMois est un entier = DernierJourDuMois("20240215")..Jour
Trace(nJoursMois, Arrondi(mMensuel * 12 / nJoursMois, 2))
Trace(DateDifférence("20240201", "20240301"), DateDifférence("20250201", "20250301"))
// expect: 366, 365, 365, 366
// expect: 1200
// expect: 1200
// expect: 960
// expect: 1197.25
// expect: 90.84
// expect: 3.28
// expect: 29, 20.65
// expect: 29, 28

PROCÉDURE NbJoursAnnée(nAnnée)
SI AnnéeBissextile(nAnnée) ALORS RENVOYER 366 SINON RENVOYER 365

PROCÉDURE Prorata(LOCAL dDébut est une Date, LOCAL dFin est une Date, mMontantAnnuel est un monétaire = TARIF_ANNUEL) : monétaire
mRésultat est un monétaire = 0
dCourant est une Date = dDébut
TANTQUE dCourant <= dFin
	nAnnée est un entier = dCourant..Année
	dFinAnnée est une Date = nAnnée + "1231"
	dBorne est une Date = Min(dFin, dFinAnnée)
	nJours est un entier = DateDifférence(dCourant, dBorne) + 1
	mRésultat += mMontantAnnuel * nJours / NbJoursAnnée(nAnnée)
	dCourant = dBorne + 1
FIN
RENVOYER Arrondi(mRésultat, 2)
