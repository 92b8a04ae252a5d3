// Dépôt des relevés sur le FTP de la banque : chaque fichier est d'abord envoyé sous un
// nom provisoire (.tmp) puis renommé, pour que la banque ne lise jamais un fichier à
// moitié écrit ; les relevés déposés il y a plus de JOURS_CONSERVATION jours sont purgés.
CONSTANTE
	DOSSIER_DEPOT = "/depot/relevés"
	JOURS_CONSERVATION = 30
FIN

gnCnx est un entier
gtabAPurger est un tableau de chaînes
gdAujourdhui est une Date = "{today}"

gnCnx = FTPConnecte("127.0.0.1", "banque", "pw", {port})
SI gnCnx = -1 ALORS
	Trace("Connexion FTP impossible : " + ErreurInfo(errMessage))
	RETOUR
FIN
sLocal est une chaîne = fRepTemp() + ["\"] + "Relevé_" + DateVersChaîne(gdAujourdhui, "AAAAMMJJ") + ".csv"
fSauveTexte(sLocal, "date;libellé;montant" + RC + DateVersChaîne(gdAujourdhui, "JJ/MM/AAAA") + ";Virement reçu;1250,00" + RC)
Trace(DéposeFichier(sLocal))
fSupprime(sLocal)

nVus est un entier = FTPListeFichier(gnCnx, DOSSIER_DEPOT + "/*.csv", ChoisitFichier)
Trace(nVus + " fichier(s) vu(s), " + gtabAPurger..Occurrence + " à purger")
POUR TOUT sFichier DE gtabAPurger
	SI FTPSupprimeFichier(gnCnx, sFichier) ALORS
		Trace("purgé : " + fExtraitChemin(sFichier, fFichier + fExtension))
	SINON
		Trace("purge impossible : " + ErreurInfo(errMessage))
	FIN
FIN
FTPDéconnecte(gnCnx)

PROCÉDURE DéposeFichier(LOCAL sFichier est une chaîne) : chaîne
sNom est une chaîne = fExtraitChemin(sFichier, fFichier + fExtension)
sProvisoire est une chaîne = DOSSIER_DEPOT + "/" + sNom + ".tmp"
SI PAS FTPEnvoie(gnCnx, sFichier, sProvisoire) ALORS RENVOYER "échec de l'envoi : " + ErreurInfo(errMessage)
SI FTPTaille(gnCnx, sProvisoire) <> fTaille(sFichier) ALORS
	FTPSupprimeFichier(gnCnx, sProvisoire)
	RENVOYER "taille différente, fichier retiré"
FIN
SI PAS FTPRenommeFichier(gnCnx, sProvisoire, DOSSIER_DEPOT + "/" + sNom) ALORS
	RENVOYER "échec du renommage : " + ErreurInfo(errMessage)
FIN
RENVOYER "déposé : " + sNom

PROCÉDURE ChoisitFichier(sNom est une chaîne, nTaille est un entier, sAttribut est une chaîne, sDate est une chaîne, sHeure est une chaîne)
dFichier est une Date = sDate
SI DateDifférence(dFichier, gdAujourdhui) > JOURS_CONSERVATION ALORS
	TableauAjoute(gtabAPurger, sNom)
FIN
RENVOYER Vrai
