// EmailOuvreSessionSMTP / EmailStartSMTPSession ?3032025, French twin of
// emailstartsmtpsession.wl written from the English page (the French page is not stored):
// its two examples with the French names, each session going to the capture server
// whatever host it names. sNomUtilisateur, sMotDePasse, sServeurSMTP and the procedure
// Initialise_Email are ours, as in the English file.
sNomUtilisateur est une chaîne = "ann@example.org"
sMotDePasse est une chaîne = "MotDePasse"
sServeurSMTP est une chaîne = "smtp.orange.fr"

// Envoi d'un email via un serveur SMTP non sécurisé
EmailChangeTimeOut(10) // 10 secondes pour le timeout
// Attention : il faut utiliser le serveur SMTP du fournisseur d'accès
soit sServeursSMTP = "smtp.orange.fr"
SI EmailOuvreSessionSMTP(sNomUtilisateur, sMotDePasse, sServeurSMTP) = Vrai ALORS
	// Procédure d'initialisation de la structure email
	Initialise_Email()
	// Envoie l'email
	SI EmailEnvoieMessage(sNomUtilisateur) = Faux ALORS
		Erreur()
	FIN
	EmailFermeSession(sNomUtilisateur)
SINON
	Erreur("Impossible d'établir la connexion", ErreurInfo(), ...
		"En cas de timeout, vérifiez les paramètres du " + ...
		"""Pare-feu"" sur le port utilisé (25)")
FIN
Trace(ErreurDétectée, sServeursSMTP) // expect: 0, smtp.orange.fr

NomUtilisateur est une chaîne

NomUtilisateur = "monadresse@gmail.com"
// Envoi d'un email via le protocole SMTP sécurisé
EmailChangeTimeOut(10) // 10 secondes pour le timeout
// Serveur SMTP sécurisé avec authentification
SI EmailOuvreSessionSMTP(NomUtilisateur, "MotDePasse", ...
			"smtp.gmail.com", 587, Faux, emailOptionSécuriséTLS) = Vrai ALORS
	Initialise_Email()
	SI EmailEnvoieMessage(NomUtilisateur) = Faux ALORS
		Erreur()
	FIN
	EmailFermeSession(NomUtilisateur)
SINON
	Erreur("Impossible d'établir la connexion", ErreurInfo(), ...
		"En cas de timeout, vérifiez les paramètres du "+ ...
		"""Pare-feu"" sur le port utilisé (587)")
FIN
Trace(ErreurDétectée, EmailLitTimeOut()) // expect: 0, 10
// Les autres valeurs de la syntaxe : <Option> OptionSSL (TLS implicite) et <Mode asynchrone>
// emailAsynchrone (ou Vrai) : l'envoi est mis en file, EmailFermeSession l'attend
SI EmailOuvreSessionSMTP("carol@example.org", "MotDePasse", "smtp.free.fr", 465, Vrai, OptionSSL) ALORS
	Initialise_Email()
	Trace(EmailEnvoieMessage("carol@example.org"), EmailFermeSession("carol@example.org")) // expect: 1, 1
	Trace(EmailEtat(Email.IdentifiantMail) = emailEnvoyé) // expect: 1
FIN
// expect mail count: 3
// expect mail: To: bob@example.org
// expect mail: Subject: Initialisée par Initialise_Email

PROCÉDURE Initialise_Email()
Email.Expéditeur = "ann@example.org"
Email.Destinataire[1] = "bob@example.org"
Email.Sujet = "Initialisée par Initialise_Email"
Email.Message = "Envoyé comme la page d'aide l'envoie"
