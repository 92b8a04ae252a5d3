// Example 2 of the EmailStartSMTPSession help page with the French names
// (EmailOuvreSessionSMTP), our translation: the page's French text is not stored.
NomUtilisateur est une chaîne

NomUtilisateur = "myaddress@gmail.com"
// Envoi d'un email via le protocole SMTP sécurisé
EmailChangeTimeOut(10) // 10 secondes pour le timeout
// Utilise un serveur SMTP sécurisé avec authentification
SI EmailOuvreSessionSMTP(NomUtilisateur, "MotDePasse", ...
			"smtp.gmail.com", 587, Faux, emailOptionSécuriséTLS) = Vrai ALORS
	// Procédure d'initialisation de la structure email
	Initialize_Email()
	// Envoie l'email
	SI EmailEnvoieMessage(NomUtilisateur) = Faux ALORS
		Erreur()
	FIN
	EmailFermeSession(NomUtilisateur)
SINON
	Erreur("Impossible d'établir la connexion", ErreurInfo(), ...
		"En cas de timeout, vérifiez les paramètres du " + ...
		"""Firewall"" sur le port utilisé (587)")
FIN
