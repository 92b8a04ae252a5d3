// Discount rules engine: a rule chosen by its name (associative array of procedures,
// indirection {"..."}, procedure variable); keys are case-sensitive. English keywords,
// the French twin's names (moteur_regles_fr.wl)
STCommande is a Structure
	sClient is string
	mMontant is currency
	nArticles is int
	bFidèle is boolean
END

tabRègles is associative array of procedures
tabRègles["volume"] = RègleVolume
tabRègles["FIDELITE"] = RègleFidélité
tabRègles["Noël"] = RègleNoël

cmd is STCommande
cmd.sClient = "Durand"
cmd.mMontant = 250
cmd.nArticles = 12
cmd.bFidèle = True

Trace(Applique(cmd, "volume")) // expect: 25
Trace(Applique(cmd, "FIDELITE"), Applique(cmd, "fidelite")) // expect: 12.5, 0
Trace(Applique(cmd, "Noël", 3)) // expect: 30
Trace(Applique(cmd, "inconnue")) // expect: 0
Trace(MeilleureRemise(cmd)) // expect: volume: 25
Trace({"RègleVolume"}(cmd)) // expect: 25
pRègle is procedure = RègleFidélité
Trace(pRègle(cmd)) // expect: 12.5
cmd.bFidèle = False
Trace(pRègle(cmd)) // expect: 0
Trace(StringBuild("%1 règles, %2", tabRègles.Occurrence, tabRègles["noël"]..Exist)) // expect: 3 règles, 0

PROCEDURE Applique(c is STCommande, LOCAL sRègle is string, nCoef is int = 1) : currency
IF NOT tabRègles[sRègle]..Exist THEN
	// pas de règle de ce nom
	RESULT 0
END
p is procedure = tabRègles[sRègle]
RESULT p(c) * nCoef / (sRègle ~= "Noël" ? 2 ELSE 1)

PROCEDURE MeilleureRemise(c is STCommande) : string
mMeilleure is currency = -1
sNom is string
FOR EACH p, sClé OF tabRègles
	mR is currency = p(c)
	IF mR > mMeilleure THEN
		mMeilleure = mR
		sNom = sClé
	END
END
RESULT sNom + ": " + mMeilleure

PROCEDURE RègleVolume(c is STCommande) : currency
IF c.nArticles >= 10 THEN RESULT c.mMontant * 10 / 100
RESULT 0

PROCEDURE RègleFidélité(c is STCommande) : currency
IF c.bFidèle THEN RESULT c.mMontant * 5 / 100
RESULT 0

PROCEDURE RègleNoël(c is STCommande)
RESULT 20
