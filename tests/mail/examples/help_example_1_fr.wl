// Example 1 of the EmailStartSMTPSession help page with the French names
// (EmailOuvreSessionSMTP), our translation: the page's French text is not stored.
// Envoyer un email via un serveur SMTP non sécurisé
EmailChangeTimeOut(10) //10 secondes pour le timeout
// Attention : il faut utiliser le serveur SMTP du fournisseur d'accès
soit sServeursSMTP = "smtp.orange.fr"
SI EmailOuvreSessionSMTP(sNomUtilisateur, sMotDePasse, sServeurSMTP) = Vrai ALORS
	// Procédure d'initialisation de la structure email
	Initialize_Email()
	// Envoie l'email
	SI EmailEnvoieMessage(sNomUtilisateur) = Faux ALORS
		Erreur()
	FIN
	EmailFermeSession(sNomUtilisateur)
SINON
	Erreur("Impossible d'établir la connexion", ErreurInfo(), ...
		"En cas de timeout, vérifiez les paramètres du " + ...
		"""Firewall"" sur le port utilisé (25)")
FIN
