// Paiement en trois fois : l'échéance arrondie au centime inférieur, le reste sur la
// première ; les dates d'échéance mois par mois (..Mois += sur un 31 : fin février) ;
// des intérêts composés en numérique et en réel (Puissance), arrondis au centime.
mTotal est un monétaire = 100
nEchéances est un entier = 3
mEchéance est un monétaire = ArrondiInférieur(mTotal / nEchéances, 2)
mPremière est un monétaire = mTotal - mEchéance * (nEchéances - 1)
Trace(mEchéance, mPremière, mPremière + mEchéance * 2 = mTotal) // expect: 33.33, 33.34, 1
dPremière est une Date = "20250131"
POUR i = 1 _A_ nEchéances
	dEch est une Date = dPremière
	dEch..Mois += i - 1
	Trace(i, DateVersChaîne(dEch, "JJ/MM/AAAA"), (i = 1 ? mPremière SINON mEchéance))
FIN
// expect: 1, 31/01/2025, 33.34
// expect: 2, 28/02/2025, 33.33
// expect: 3, 31/03/2025, 33.33
// intérêts composés sur trois ans
nCapital est un numérique (20,6) = 10000
nTaux est un numérique (10,6) = 0.035
POUR nAn = 1 _A_ 3
	nCapital = nCapital * (1 + nTaux)
FIN
Trace(nCapital, Arrondi(nCapital, 2)) // expect: 11087.17875, 11087.18
rCapital est un réel = 10000 * Puissance(1.035, 3)
Trace(rCapital, Arrondi(rCapital, 2)) // expect: 11087.17875, 11087.18
nFacteur est un numérique = Puissance(1.035, 3)
Trace(nFacteur) // expect: 1.108718
