// Réponse d'absence : chaque message non lu de la boîte IMAP reçoit une réponse
// « Absent jusqu'au ... », une seule fois par expéditeur, sauf les messages automatiques
// (Auto-Submitted, listes de diffusion, noreply, MAILER-DAEMON) auxquels on ne répond
// jamais (RFC 3834). La lecture marque le message comme lu.
CONSTANTE
	COMPTE = "jerome.petit@monentreprise.fr"
	SERVEUR_SMTP = "smtp.monentreprise.fr"
FIN

dRetour est une Date = "20270104"
nRepondus est un entier = RepondAbsence("{password}", "127.0.0.1", {port}, dRetour)
Trace(nRepondus + " réponse(s) envoyée(s)")

// Vrai si le message a été envoyé par un automate : pas de réponse (RFC 3834, 2)
PROCÉDURE EstAutomatique(sSource est une chaîne, sAdresse est une chaîne) : booléen
sEntete est une chaîne = Gauche(sSource, Position(sSource, RC + RC))
SI Position(sEntete, RC + "Auto-Submitted:", 1, SansCasse) > 0 ET Position(sEntete, "Auto-Submitted: no", 1, SansCasse) = 0 ALORS RENVOYER Vrai
SI Position(sEntete, RC + "List-Id:", 1, SansCasse) > 0 ALORS RENVOYER Vrai
SI Position(sEntete, RC + "Precedence: bulk", 1, SansCasse) > 0 ALORS RENVOYER Vrai
sLocal est une chaîne = Minuscule(ExtraitChaîne(sAdresse, 1, "@"))
RENVOYER sLocal DANS ("noreply", "no-reply", "mailer-daemon", "postmaster")

// L'adresse seule d'un expéditeur « Nom <adresse> »
PROCÉDURE AdresseSeule(sExpediteur est une chaîne) : chaîne
SI Position(sExpediteur, "<") = 0 ALORS RENVOYER SansEspace(sExpediteur)
RENVOYER ExtraitChaîne(ExtraitChaîne(sExpediteur, 2, "<"), 1, ">")

PROCÉDURE RepondAbsence(LOCAL sMotDePasse est une chaîne, LOCAL sServeurIMAP est une chaîne, LOCAL nPort est un entier, LOCAL dRetour est une Date) : entier
SI PAS EmailOuvreSessionIMAP(COMPTE, sMotDePasse, sServeurIMAP, nPort) ALORS
	Trace("IMAP : " + ErreurInfo(errMessage))
	RENVOYER 0
FIN
SI PAS EmailOuvreSessionSMTP(COMPTE, SERVEUR_SMTP) ALORS
	Trace("SMTP : " + ErreurInfo(errMessage))
	EmailFermeSession(COMPTE)
	RENVOYER 0
FIN
taDejaRepondu est un tableau associatif (ccSansCasse) de booléens
nNb est un entier
EmailLitPremier(COMPTE, emailNonLu)
TANTQUE PAS Email.EnDehors
	sAdresse est une chaîne = AdresseSeule(Email.Expéditeur)
	SI EstAutomatique(Email.Source, sAdresse) ALORS
		Trace("ignoré (automatique) : " + Email.Sujet)
	SINON SI taDejaRepondu[sAdresse]..Existe ALORS
		Trace("déjà répondu : " + sAdresse)
	SINON
		reponse est un Email
		reponse.Expéditeur = COMPTE
		reponse.Destinataire[1] = sAdresse
		SI PAS ChaîneCommencePar(Email.Sujet, "Re:", SansCasse) ALORS
			reponse.Sujet = "Re: " + Email.Sujet
		SINON
			reponse.Sujet = Email.Sujet
		FIN
		reponse.Message = "Bonjour," + RC + "Je suis absent jusqu'au " + DateVersChaîne(dRetour, "JJ/MM/AAAA") + ...
			" et je lirai votre message à mon retour." + RC + "Jérôme Petit"
		SI EmailEnvoieMessage(COMPTE, reponse) ALORS
			taDejaRepondu[sAdresse] = Vrai
			nNb++
			Trace("répondu : " + sAdresse)
		SINON
			Trace("ÉCHEC : " + reponse.Erreur)
		FIN
	FIN
	EmailLitSuivant(COMPTE, emailNonLu)
FIN
EmailFermeSession(COMPTE)
RENVOYER nNb
