// Accusé de réception automatique des demandes SAV : chaque message de la boîte POP3 reçoit
// une réponse « Re: » numérotée (à l'adresse de réponse s'il y en a une), puis est supprimé ;
// un message sans expéditeur utilisable est gardé et signalé. Écrit comme dans un projet
// WINDEV : sessions POP3 et SMTP sous le même nom, boucle EmailLitPremier / TANTQUE PAS
// Email.EnDehors, une variable Email pour la réponse, ChaîneConstruit, CONSTANTE.
CONSTANTE
	COMPTE = "sav@boutique.test"
	PREFIXE_TICKET = "SAV-"
FIN

nTraités est un entier = RépondreDemandes("{password}", "127.0.0.1", {pop3}, "smtp.boutique.test")
Trace(nTraités + " demande(s) traitée(s)")

PROCÉDURE RépondreDemandes(LOCAL sMotDePasse est une chaîne, LOCAL sServeurPOP3 est une chaîne, LOCAL nPortPOP3 est un entier, LOCAL sServeurSMTP est une chaîne) : entier
	SI PAS EmailOuvreSessionPOP3(COMPTE, sMotDePasse, sServeurPOP3, nPortPOP3) ALORS
		Trace("POP3 : " + ErreurInfo(errMessage))
		RENVOYER 0
	FIN
	SI PAS EmailOuvreSessionSMTP(COMPTE, sServeurSMTP) ALORS
		Trace("SMTP : " + ErreurInfo(errMessage))
		EmailFermeSession(COMPTE)
		RENVOYER 0
	FIN
	nNb, nTicket sont des entiers
	EmailLitPremier(COMPTE)
	TANTQUE PAS Email.EnDehors
		sAdresse est une chaîne = Email.AdresseExpéditeur
		SI sAdresse = "" ALORS sAdresse = Email.Expéditeur
		SI Position(sAdresse, "@") = 0 ALORS
			Trace("gardé, pas d'adresse : " + Email.Sujet)
		SINON
			nTicket++
			Réponse est un Email
			Réponse..Expéditeur = "Service après-vente <" + COMPTE + ">"
			Réponse..Destinataire[1] = sAdresse
			Réponse..Sujet = "Re: " + Email.Sujet
			Réponse..Message = ChaîneConstruit("Bonjour,%1%1Votre demande « %2 » a bien été reçue sous le numéro %3.%1Nous vous répondrons sous 48 heures.", RC, Email.Sujet, PREFIXE_TICKET + NumériqueVersChaîne(nTicket, "04d"))
			SI EmailEnvoieMessage(COMPTE, Réponse) ALORS
				EmailSupprimeMessage(COMPTE)
				nNb++
			SINON
				Trace("réponse non envoyée : " + ErreurInfo(errMessage))
			FIN
		FIN
		EmailLitSuivant(COMPTE)
	FIN
	EmailFermeSession(COMPTE)
	RENVOYER nNb
