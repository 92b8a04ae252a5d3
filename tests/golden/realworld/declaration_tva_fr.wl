// Déclaration de TVA : les ventes cumulées par taux dans des tableaux associatifs de
// monétaires, la TVA arrondie ligne par ligne (Arrondi à 2 décimales) et sur le total
// de chaque taux : l'écart d'un centime que le comptable doit expliquer.
STLigneVente est une structure
	sLibellé est une chaîne
	mMontantHT est un monétaire
	rTauxTVA est un réel
FIN

tabLignes est un tableau de STLigneVente
AjouteLigne("Pain", 1.15, 5.5)
AjouteLigne("Café", 3.33, 5.5)
AjouteLigne("Vin", 7.77, 20)
AjouteLigne("Stylo", 0.99, 20)
AjouteLigne("Livre", 12.45, 5.5)
AjouteLigne("Médicament", 4.17, 2.1)
AjouteLigne("Câble", 9.99, 20)

// cumul par taux, la clé étant le taux écrit avec une décimale
taBaseParTaux est un tableau associatif de monétaires
taTVAParLigne est un tableau associatif de monétaires
POUR TOUT stLigne DE tabLignes
	sClé est une chaîne = NumériqueVersChaîne(stLigne.rTauxTVA, ".1f")
	taBaseParTaux[sClé] += stLigne.mMontantHT
	taTVAParLigne[sClé] += Arrondi(stLigne.mMontantHT * stLigne.rTauxTVA / 100, 2)
FIN

mTotalTVALignes, mTotalTVATotal sont des monétaires
POUR TOUT mBase, sTaux DE taBaseParTaux
	mTVASurTotal est un monétaire = Arrondi(mBase * Val(sTaux) / 100, 2)
	mTotalTVALignes += taTVAParLigne[sTaux]
	mTotalTVATotal += mTVASurTotal
	Trace(sTaux + "%", mBase, taTVAParLigne[sTaux], mTVASurTotal)
FIN
// expect: 5.5%, 16.93, 0.92, 0.93
// expect: 20.0%, 18.75, 3.75, 3.75
// expect: 2.1%, 4.17, 0.09, 0.09
Trace("Ecart d'arrondi", mTotalTVALignes - mTotalTVATotal) // expect: Ecart d'arrondi, -0.01
SI mTotalTVALignes <> mTotalTVATotal ALORS
	Trace("Arrondis par ligne et par total différents") // expect: Arrondis par ligne et par total différents
FIN

PROCÉDURE AjouteLigne(sLib, mHT est un monétaire, rTaux)
	stL est un STLigneVente
	stL.sLibellé = sLib
	stL.mMontantHT = mHT
	stL.rTauxTVA = rTaux
	TableauAjoute(tabLignes, stL)
