// Traitement des avis de non-remise (NDR) de la boîte des relances : pour chaque avis,
// l'adresse en échec est relevée dans le rapport (Final-Recipient / Status). Échec
// définitif (5.x.x) : le client est marqué "email invalide" ; temporaire (4.x.x) : on
// réessaiera demain. Les avis traités sont rangés dans "Retours traités".
CONSTANTE
	DOSSIER_TRAITES = "Retours traités"
FIN

gtabInvalides est un tableau associatif de chaînes	// adresse -> motif
gtabARéessayer est un tableau de chaînes
nAvis, nAutres sont des entiers

SI PAS EmailOuvreSessionIMAP("relances@monentreprise.fr", "{password}", "127.0.0.1", {port}) ALORS
	Trace("Connexion IMAP impossible : " + ErreurInfo(errMessage))
	RETOUR
FIN
EmailLitPremier("relances@monentreprise.fr")
TANTQUE PAS Email.EnDehors
	SI EstUnAvisDeNonRemise() ALORS
		nAvis++
		TraiteAvis(Email.Source)
		SI PAS EmailCopie("relances@monentreprise.fr", DOSSIER_TRAITES) ALORS
			Trace("Rangement impossible : " + ErreurInfo(errMessage))
		SINON
			EmailSupprimeMessage("relances@monentreprise.fr")
		FIN
	SINON
		nAutres++
	FIN
	EmailLitSuivant("relances@monentreprise.fr")
FIN
EmailFermeSession("relances@monentreprise.fr")

Trace(nAvis + " avis traité(s), " + nAutres + " autre(s) message(s) laissé(s)")
POUR TOUT sMotif, sAdresse DE gtabInvalides
	Trace("invalide : " + sAdresse + " (" + sMotif + ")")
FIN
POUR TOUT sAdresse DE gtabARéessayer
	Trace("à réessayer : " + sAdresse)
FIN

PROCÉDURE EstUnAvisDeNonRemise() : booléen
sExp est une chaîne = Minuscule(Email.Expéditeur)
RENVOYER Position(sExp, "mailer-daemon") > 0 OU Position(sExp, "postmaster") > 0 OU ...
	Position(Email.Source, "multipart/report", 1, SansCasse) > 0

PROCÉDURE TraiteAvis(LOCAL sSource est une chaîne)
sSource = Remplace(sSource, RC, Caract(10))
POUR TOUTE CHAÎNE sLigne DE sSource SÉPARÉE PAR Caract(10)
	SI sLigne [= "Final-Recipient:" ALORS
		sAdresse est une chaîne = Minuscule(SansEspace(ExtraitChaîne(sLigne, 2, ";")))
	SINON SI sLigne [= "Status:" ALORS
		sStatut est une chaîne = SansEspace(ExtraitChaîne(sLigne, 2, ":"))
		SELON Gauche(sStatut, 1)
			CAS "5" : gtabInvalides[sAdresse] = sStatut
			CAS "4" : TableauAjoute(gtabARéessayer, sAdresse)
		FIN
	FIN
FIN
