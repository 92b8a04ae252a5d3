// Lecture des factures fournisseurs non lues : pièces jointes PDF enregistrées, message archivé
sDossier est une chaîne = "{dossier}"
nbTraites est un entier
MaSession est une emailSessionIMAP
MaSession..AdresseServeur = "127.0.0.1"
MaSession..Port = 143
MaSession..Nom = "alice@example.test"
MaSession..MotDePasse = "s3cr3t-Pa55"
SI PAS EmailOuvreSession(MaSession) ALORS
	Trace("Connexion impossible : " + ErreurInfo(errMessage))
	RETOUR
FIN
Trace("Messages : " + EmailNbMessage(MaSession))
MonMail est un Email
SI EmailLitPremier(MaSession, MonMail, emailNonLu) ALORS
	TANTQUE PAS MonMail..EnDehors
		Trace(MonMail..Sujet + " de " + MonMail..Expéditeur)
		POUR TOUT sPJ DE MonMail..Attache
			SI Minuscule(fExtraitChemin(sPJ, fExtension)) = ".pdf" _ET_ EmailSauveFichierAttaché(MonMail, sPJ, sDossier + "/" + sPJ) ALORS
				Trace("  pièce jointe enregistrée : " + sPJ)
				nbTraites++
			FIN
		FIN
		SI PAS EmailCopie(MaSession, "Traité") ALORS Trace(ErreurInfo(errMessage))
		EmailLitSuivant(MaSession, MonMail, emailNonLu)
	FIN
FIN
EmailFermeSession(MaSession)
Trace(nbTraites + " facture(s) enregistrée(s)")
