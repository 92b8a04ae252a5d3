// (méthode b) Une ligne de commande analysée comme un développeur WINDEV l'écrit :
// LigneCommande("nom") pour /nom=valeur et -nom, une procédure d'option avec une valeur
// par défaut, SELON sur le mode (CAS "a", "b" / AUTRE CAS), POUR TOUTE CHAÎNE ... SÉPARÉE
// PAR sur LigneCommande(). Sans argument (ici) : les valeurs par défaut ;
// tests/core/test_command_line_business.py la lance avec des arguments.
sMode est une chaîne = LitOption("mode", "liste")
nMax est un entier = Val(LitOption("max", "10"))
bVerbeux est un booléen = (LigneCommande("v") = "1")
Trace("mode=" + sMode, "max=" + nMax, "verbeux=" + bVerbeux)  // expect: mode=liste, max=10, verbeux=0
SELON Minuscule(sMode)
	CAS "liste", "l"
		Trace("liste de " + nMax + " lignes")    // expect: liste de 10 lignes
	CAS "export"
		Trace("export vers " + LitOption("fichier", "export.csv"))
	AUTRE CAS
		Trace("mode inconnu : " + sMode)
FIN
sTout est une chaîne = LigneCommande()
Trace("[" + sTout + "]")                        // expect: []
nOptions est un entier
POUR TOUTE CHAÎNE sArg DE sTout SÉPARÉE PAR " "
	SI sArg [= "/" OU sArg [= "-" ALORS
		nOptions++
		nPos est un entier = Position(sArg, "=")
		SI nPos > 0 ALORS
			Trace(sArg[[2 À nPos - 1]] + " -> " + sArg[[nPos + 1 À]])
		SINON
			Trace(sArg[[2 À]] + " -> (drapeau)")
		FIN
	FIN
FIN
Trace(nOptions + " option(s)")                  // expect: 0 option(s)

PROCÉDURE LitOption(LOCAL sNom est une chaîne, sDéfaut est une chaîne = "")
sValeur est une chaîne = LigneCommande(sNom)
SI sValeur = "" ALORS RENVOYER sDéfaut
RENVOYER sValeur
