// (method b) Dossier de dépôt : chaque CSV déposé (masque *.csv, casse ignorée comme sous
// Windows) est contrôlé puis déplacé (fDéplaceFichier) vers Traités\AAAA\MM horodaté, ou
// vers Erreurs avec un fichier .err qui dit pourquoi ; DateVersChaîne(..., "AAAA\MM"),
// fExtraitChemin, EstNumérique, deux entiers déclarés sur une ligne. Passe tel qu'écrit.
// Jumeau anglais drop_folder_dispatch_en.wl.
sDépôt est une chaîne = fRepTemp() + "\wl_depot_" + Hasard(1, 99999999)
fRepCrée(sDépôt + "\Entrée")
fSauveTexte(sDépôt + "\Entrée\cmd_001.csv", "REF;QTE" + RC + "A1;3" + RC)
fSauveTexte(sDépôt + "\Entrée\cmd_002.csv", "REF;QTE" + RC + "A1;trois" + RC)
fSauveTexte(sDépôt + "\Entrée\notes.txt", "à ignorer")
fSauveTexte(sDépôt + "\Entrée\CMD_003.CSV", "REF;QTE" + RC)

nOK, nKO sont des entiers
POUR TOUTE CHAÎNE sFichier DE fListeFichier(sDépôt + "\Entrée\*.csv", frNonRécursif) SÉPARÉE PAR RC
	sNom est une chaîne = fExtraitChemin(sFichier, fFichier + fExtension)
	sErreur est une chaîne = Contrôle(sFichier)
	SI sErreur = "" ALORS
		sCible est une chaîne = sDépôt + "\Traités\" + DateVersChaîne(DateSys(), "AAAA\MM") + "\" + ...
			fExtraitChemin(sFichier, fFichier) + "_" + DateVersChaîne(DateSys(), "AAAAMMJJ") + fExtraitChemin(sFichier, fExtension)
		fRepCrée(fExtraitChemin(sCible, fDisque + fRépertoire))
		SI fDéplaceFichier(sFichier, sCible) ALORS nOK++
	SINON
		fRepCrée(sDépôt + "\Erreurs")
		fDéplaceFichier(sFichier, sDépôt + "\Erreurs\" + sNom)
		fSauveTexte(sDépôt + "\Erreurs\" + sNom + ".err", sErreur)
		nKO++
	FIN
FIN
Trace(nOK + " traité(s), " + nKO + " en erreur") // expect: 1 traité(s), 2 en erreur
Trace("reste en entrée : " + fExtraitChemin(fListeFichier(sDépôt + "\Entrée\*.*", frNonRécursif), fFichier + fExtension)) // expect: reste en entrée : notes.txt
Trace(fFichierExiste(sDépôt + "\Traités\" + DateVersChaîne(DateSys(), "AAAA\MM") + "\cmd_001_" + DateVersChaîne(DateSys(), "AAAAMMJJ") + ".csv")) // expect: 1
POUR TOUTE CHAÎNE sErr DE fListeFichier(sDépôt + "\Erreurs\*.err") SÉPARÉE PAR RC
	Trace(fExtraitChemin(sErr, fFichier + fExtension) + " : " + fChargeTexte(sErr)) // expect: cmd_002.csv.err : ligne 2 : quantité "trois" invalide
// expect: CMD_003.CSV.err : fichier vide
FIN
fRepSupprime(sDépôt, frRécursif)

PROCÉDURE Contrôle(sFichier est une chaîne) : chaîne
sContenu est une chaîne = fChargeTexte(sFichier)
nLigne est un entier = 0
POUR TOUTE CHAÎNE sLigne DE sContenu SÉPARÉE PAR RC
	nLigne++
	SI nLigne = 1 OU sLigne = "" ALORS CONTINUER
	SI PAS EstNumérique(ExtraitChaîne(sLigne, 2, ";")) ALORS RENVOYER "ligne " + nLigne + " : quantité """ + ExtraitChaîne(sLigne, 2, ";") + """ invalide"
FIN
SI nLigne <= 2 _ET_ Taille(sContenu) < 12 ALORS RENVOYER "fichier vide"
RENVOYER ""
