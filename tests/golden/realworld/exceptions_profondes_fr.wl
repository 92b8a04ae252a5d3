// Une exception levée trois appels plus bas (ExceptionDéclenche dans la validation d'une
// ligne), rattrapée par QUAND EXCEPTION DANS au niveau de l'import, avec les parties de
// ExceptionInfo ; puis une erreur du WLangage (division par zéro) rattrapée de même
// (jumeau anglais : deep_exceptions_en.wl).
CONSTANTE
	ERR_QUANTITE = 1001
	ERR_PRIX = 1002
FIN

sFichier est une chaîne = "REF1;3;12,50" + RC + "REF2;-1;4" + RC + "REF3;2;abc"
nTotalCentimes est un entier
POUR TOUTE CHAÎNE sLigne DE sFichier SÉPARÉE PAR RC
	QUAND EXCEPTION DANS
		nTotalCentimes += ImporteLigne(sLigne)
	FAIRE
		Trace("ligne rejetée : " + sLigne)
		Trace("  code " + ExceptionInfo(errCode) + " : " + ExceptionInfo(errMessage))
		Trace("  dans " + ExceptionInfo(errTraitement) + ", ligne " + ExceptionInfo(errLigne))
	FIN
FIN
// expect: ligne rejetée : REF2;-1;4
// expect:   code 1001 : quantité -1 invalide pour REF2
// expect:   dans VérifieLigne, ligne 45
// expect: ligne rejetée : REF3;2;abc
// expect:   code 1002 : prix illisible : abc
// expect:   dans VérifieLigne, ligne 48
Trace("total : " + nTotalCentimes / 100) // expect: total : 37.5
QUAND EXCEPTION DANS
	Trace(Moyenne(0))
FAIRE
	Trace("erreur WLangage : " + ExceptionInfo(errCode) + ", " + ExceptionInfo(errTraitement)) // expect: erreur WLangage : 1002, Moyenne
FIN

PROCÉDURE ImporteLigne(LOCAL sLigne est une chaîne) : entier
tabChamps est un tableau de chaînes
ChaîneVersTableau(sLigne, tabChamps, ";")
RENVOYER MontantLigne(tabChamps[1], Val(tabChamps[2]), tabChamps[3])

PROCÉDURE MontantLigne(sRéf, nQuantité est un entier, sPrix est une chaîne) : entier
VérifieLigne(sRéf, nQuantité, sPrix)
RENVOYER nQuantité * Arrondi(Val(Remplace(sPrix, ",", ".")) * 100, 0)

PROCÉDURE VérifieLigne(sRéf, nQuantité est un entier, sPrix est une chaîne)
SI nQuantité <= 0 ALORS
	ExceptionDéclenche(ERR_QUANTITE, ChaîneConstruit("quantité %1 invalide pour %2", nQuantité, sRéf))
FIN
SI PAS EstNumérique(Remplace(sPrix, ",", ".")) ALORS
	ExceptionDéclenche(ERR_PRIX, "prix illisible : " + sPrix)
FIN

PROCÉDURE Moyenne(nNombre est un entier) : réel
RENVOYER 100 / nNombre
