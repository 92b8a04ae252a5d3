// Dépôt de l'export comptable du soir sur le serveur FTP du cabinet (code métier en français)
CONSTANTE
	SERVEUR_FTP = "127.0.0.1"
	PORT_FTP = {port}
	REP_DEPOT = "/Dépôts/Décembre"
FIN

Trace(DéposerExport("{fichier}"))
Trace(DéposerExport("{absent}"))
Trace(DéposerExport("{fichier}", "mauvais-mot-de-passe"))

PROCÉDURE DéposerExport(LOCAL sFichier est une chaîne, LOCAL sMotDePasse est une chaîne = "{motdepasse}") : chaîne
	nCnx est un entier = FTPConnecte(SERVEUR_FTP, "compta", sMotDePasse, PORT_FTP)
	SI nCnx = -1 ALORS
		RENVOYER "Connexion refusée : " + ErreurInfo(errMessage)
	FIN
	SI PAS FTPRepCrée(nCnx, REP_DEPOT) _ET_ PAS FTPRepEnCours(nCnx, REP_DEPOT) ALORS
		FTPDéconnecte(nCnx)
		RENVOYER "Répertoire inaccessible : " + ErreurInfo(errMessage)
	FIN
	SI FTPEnvoie(nCnx, sFichier, REP_DEPOT) = Faux ALORS
		sErreur est une chaîne = ErreurInfo(errMessage)
		FTPDéconnecte(nCnx)
		RENVOYER "Envoi impossible : " + sErreur
	FIN
	nTaille est un entier = FTPTaille(nCnx, REP_DEPOT + "/" + fExtraitChemin(sFichier, fFichier + fExtension))
	FTPDéconnecte(nCnx)
	SI nTaille <> fTaille(sFichier) ALORS RENVOYER "Taille différente : " + nTaille
	RENVOYER ChaîneConstruit("Export déposé (%1 octets)", nTaille)
