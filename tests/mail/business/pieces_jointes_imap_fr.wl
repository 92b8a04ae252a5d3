// Relevé des pièces jointes de la boîte « fournisseurs » (IMAP) : chaque pièce est
// enregistrée dans le dossier du jour, puis un bilan part à la comptabilité, en copie
// et en copie cachée d'après les listes d'adresses du paramétrage (séparées par « ; »).
CONSTANTE
	COMPTE = "fournisseurs@entreprise.test"
	COPIES = "compta@entreprise.test; direction@entreprise.test ;"
	COPIES_CACHEES = "archives@entreprise.test;audit@cabinet.test"
FIN
sDossier est une chaîne = "{dossier}"
tabEnregistrées est un tableau de chaînes

SI PAS EmailOuvreSessionIMAP(COMPTE, "{password}", "127.0.0.1", {port}) ALORS
	Trace("Connexion impossible : " + ErreurInfo())
	RETOUR
FIN
EmailLitPremier(COMPTE)
TANTQUE PAS Email.EnDehors
	Trace(Email.Expéditeur + " : " + Email.Sujet + " (" + Email.NbAttache + " pièce(s))")
	POUR i = 1 _A_ Email.NbAttache
		sFichier est une chaîne = sDossier + ["\"] + Email.Attache[i]
		SI EmailSauveFichierAttaché(Email.Attache[i], sFichier) ALORS
			TableauAjoute(tabEnregistrées, fExtraitChemin(sFichier, fFichier + fExtension))
		SINON
			Trace("  échec : " + ErreurInfo())
		FIN
	FIN
	EmailLitSuivant(COMPTE)
FIN
EmailFermeSession(COMPTE)
Trace(tabEnregistrées..Occurrence + " pièce(s) enregistrée(s) : " + TableauVersChaîne(tabEnregistrées, ", "))

SI PAS EmailOuvreSessionSMTP(COMPTE, "smtp.entreprise.test") ALORS
	Trace("SMTP impossible : " + ErreurInfo())
	RETOUR
FIN
EmailRAZ()
Email.Expéditeur = COMPTE
Email.Destinataire[1] = "comptabilite@entreprise.test"
POUR TOUTE CHAÎNE sAdresse DE COPIES SÉPARÉE PAR ";"
	sAdresse = SansEspace(sAdresse)
	SI sAdresse <> "" ALORS TableauAjoute(Email.Cc, sAdresse)
FIN
n est un entier = 1
sCachée est une chaîne = ExtraitChaîne(COPIES_CACHEES, n, ";")
TANTQUE sCachée <> EOT
	Email.Cci[n] = SansEspace(sCachée)
	n++
	sCachée = ExtraitChaîne(COPIES_CACHEES, n, ";")
FIN
Email.Sujet = "Pièces reçues : " + tabEnregistrées..Occurrence
Email.Message = "Enregistrées dans " + sDossier + " :" + RC + TableauVersChaîne(tabEnregistrées, RC)
SI EmailEnvoieMessage(COMPTE) ALORS
	Trace(ChaîneConstruit("Bilan envoyé (%1 en copie, %2 en copie cachée)", Email.NbCc, Email.NbCci))
SINON
	Trace("Envoi impossible : " + ErreurInfo())
FIN
EmailFermeSession(COMPTE)
