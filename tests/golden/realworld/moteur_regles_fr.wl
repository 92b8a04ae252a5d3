// Moteur de règles de remise : la règle est choisie par son nom (tableau associatif de
// procédures, indirection {"..."}, variable procédure) ; les clés respectent la casse
STCommande est une Structure
	sClient est une chaîne
	mMontant est un monétaire
	nArticles est un entier
	bFidèle est un booléen
FIN

tabRègles est un tableau associatif de procédures
tabRègles["volume"] = RègleVolume
tabRègles["FIDELITE"] = RègleFidélité
tabRègles["Noël"] = RègleNoël

cmd est un STCommande
cmd.sClient = "Durand"
cmd.mMontant = 250
cmd.nArticles = 12
cmd.bFidèle = Vrai

Trace(Applique(cmd, "volume")) // expect: 25
Trace(Applique(cmd, "FIDELITE"), Applique(cmd, "fidelite")) // expect: 12.5, 0
Trace(Applique(cmd, "Noël", 3)) // expect: 30
Trace(Applique(cmd, "inconnue")) // expect: 0
Trace(MeilleureRemise(cmd)) // expect: volume: 25
Trace({"RègleVolume"}(cmd)) // expect: 25
pRègle est une procédure = RègleFidélité
Trace(pRègle(cmd)) // expect: 12.5
cmd.bFidèle = Faux
Trace(pRègle(cmd)) // expect: 0
Trace(ChaîneConstruit("%1 règles, %2", tabRègles.Occurrence, tabRègles["noël"]..Existe)) // expect: 3 règles, 0

PROCÉDURE Applique(c est un STCommande, LOCAL sRègle est une chaîne, nCoef est un entier = 1) : monétaire
SI PAS tabRègles[sRègle]..Existe ALORS
	// pas de règle de ce nom
	RENVOYER 0
FIN
p est une procédure = tabRègles[sRègle]
RENVOYER p(c) * nCoef / (sRègle ~= "Noël" ? 2 SINON 1)

PROCÉDURE MeilleureRemise(c est un STCommande) : chaîne
mMeilleure est un monétaire = -1
sNom est une chaîne
POUR TOUT p, sClé DE tabRègles
	mR est un monétaire = p(c)
	SI mR > mMeilleure ALORS
		mMeilleure = mR
		sNom = sClé
	FIN
FIN
RENVOYER sNom + ": " + mMeilleure

PROCÉDURE RègleVolume(c est un STCommande) : monétaire
SI c.nArticles >= 10 ALORS RENVOYER c.mMontant * 10 / 100
RENVOYER 0

PROCÉDURE RègleFidélité(c est un STCommande) : monétaire
SI c.bFidèle ALORS RENVOYER c.mMontant * 5 / 100
RENVOYER 0

PROCÉDURE RègleNoël(c est un STCommande)
RENVOYER 20
