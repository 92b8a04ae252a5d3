// Analyse d'un journal d'accès ligne par ligne avec fLitLigneExpressionRégulière et des
// variables pour les morceaux (date, heure, méthode, URL, code, taille), comme
// VérifieExpressionRégulière les prend : cette forme était refusée (« expects 2 to 3
// parameter(s) but received 8 »). Une ligne qui ne correspond pas vide les variables ;
// la fin du fichier aussi, et renvoie Faux (INFERRED : la page n'est pas conservée,
// docs/builtins.md). Jumeau anglais : access_log_lines_en.wl.
sF est une chaîne = fRepTemp() + "\wl_golden_acces_" + Hasard(1, 99999999) + ".log"
fSauveTexte(sF, "2026-12-05 10:15:02 GET /factures 200 1520" + RC + "2026-12-05 10:15:09 POST /login 401 87" + RC + "ligne corrompue" + RC + "2026-12-05 10:16:00 GET /clients 500 12")
nF est un entier = fOuvre(sF, foLecture)
sDate, sHeure, sMéthode, sURL, sCode, sTaille sont des chaînes
nErreurs, nOctets sont des entiers
POUR i = 1 À 5
	SI PAS fLitLigneExpressionRégulière(nF, "([0-9-]+) ([0-9:]+) ([A-Z]+) (\S+) ([0-9]+) ([0-9]+)", sDate, sHeure, sMéthode, sURL, sCode, sTaille) ALORS
		Trace("ligne " + i + " ignorée [" + sURL + "]")
		CONTINUER
	FIN
	SI Val(sCode) >= 400 ALORS nErreurs++
	nOctets += Val(sTaille)
	Trace(sDate + " " + sHeure + " " + sMéthode + " " + sURL + " -> " + sCode)
FIN
fFerme(nF)
Trace(nErreurs + " erreur(s), " + nOctets + " octets")
fSupprime(sF)


// ce qu'il affiche
// expect: 2026-12-05 10:15:02 GET /factures -> 200
// expect: 2026-12-05 10:15:09 POST /login -> 401
// expect: ligne 3 ignorée []
// expect: 2026-12-05 10:16:00 GET /clients -> 500
// expect: ligne 5 ignorée []
// expect: 2 erreur(s), 1619 octets
