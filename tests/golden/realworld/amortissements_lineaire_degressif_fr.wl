// Tableaux d'amortissement linéaire (prorata de la première année en jours, année de
// 360 jours) et dégressif (coefficients fiscaux, passage au linéaire quand il est plus fort)
STAnnuité est une Structure
	nAnnée est un entier
	mBase est un monétaire
	mDotation est un monétaire
	mCumul est un monétaire
	mVNC est un monétaire
FIN

tabL est un tableau de STAnnuité = AmortissementLinéaire(10000, 5, "20250401")
POUR TOUT st DE tabL
	Trace(st.nAnnée, st.mBase, st.mDotation, st.mCumul, st.mVNC)
FIN
tabD est un tableau de STAnnuité = AmortissementDégressif(10000, 5)
POUR TOUT st, nIndice DE tabD
	Trace(nIndice, st.nAnnée, st.mDotation, st.mCumul, st.mVNC)
FIN
Trace(CoefficientDégressif(3), CoefficientDégressif(5), CoefficientDégressif(7))
mSomme est un monétaire
POUR TOUT st DE tabD
	mSomme += st.mDotation
FIN
Trace(mSomme)
// expect: 2025, 10000, 1500, 1500, 8500
// expect: 2026, 10000, 2000, 3500, 6500
// expect: 2027, 10000, 2000, 5500, 4500
// expect: 2028, 10000, 2000, 7500, 2500
// expect: 2029, 10000, 2000, 9500, 500
// expect: 2030, 10000, 500, 10000, 0
// expect: 1, 1, 3500, 3500, 6500
// expect: 2, 2, 2275, 5775, 4225
// expect: 3, 3, 1478.75, 7253.75, 2746.25
// expect: 4, 4, 1373.13, 8626.88, 1373.12
// expect: 5, 5, 1373.12, 10000, 0
// expect: 1.25, 1.75, 2.25
// expect: 10000

PROCÉDURE CoefficientDégressif(nDurée est un entier) : réel
SELON nDurée
	CAS 3, 4 : RENVOYER 1.25
	CAS 5, 6 : RENVOYER 1.75
	AUTRES CAS : RENVOYER 2.25
FIN

PROCÉDURE AmortissementLinéaire(mValeur est un monétaire, nDurée est un entier, dMiseEnService est une Date)
tabRés est un tableau de STAnnuité
rTaux est un réel = 1 / nDurée
// prorata de la première année en jours (année de 360 jours)
nJours est un entier = (12 - dMiseEnService..Mois) * 30 + (30 - dMiseEnService..Jour + 1)
mCumul est un monétaire = 0
nAnnée est un entier = dMiseEnService..Année
TANTQUE mCumul < mValeur
	st est un STAnnuité
	st.nAnnée = nAnnée
	st.mBase = mValeur
	SI nAnnée = dMiseEnService..Année ALORS
		st.mDotation = Arrondi(mValeur * rTaux * nJours / 360, 2)
	SINON
		st.mDotation = Min(Arrondi(mValeur * rTaux, 2), mValeur - mCumul)
	FIN
	mCumul += st.mDotation
	st.mCumul = mCumul
	st.mVNC = mValeur - mCumul
	TableauAjoute(tabRés, st)
	nAnnée++
FIN
RENVOYER tabRés

PROCÉDURE AmortissementDégressif(mValeur est un monétaire, nDurée est un entier)
tabRés est un tableau de STAnnuité
rTauxDégressif est un réel = (1 / nDurée) * CoefficientDégressif(nDurée)
mVNC est un monétaire = mValeur
mCumul est un monétaire
POUR i = 1 À nDurée
	nRestant est un entier = nDurée - i + 1
	rTauxLinéaire est un réel = 1 / nRestant
	st est un STAnnuité
	st.nAnnée = i
	st.mBase = mVNC
	SI rTauxLinéaire > rTauxDégressif ALORS
		st.mDotation = Arrondi(mVNC / nRestant, 2)
	SINON
		st.mDotation = Arrondi(mVNC * rTauxDégressif, 2)
	FIN
	SI i = nDurée ALORS st.mDotation = mVNC
	mCumul += st.mDotation
	mVNC -= st.mDotation
	st.mCumul = mCumul
	st.mVNC = mVNC
	Ajoute(tabRés, st)
FIN
RENVOYER tabRés
