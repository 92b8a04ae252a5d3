// Envoi d'une facture au client, écrit comme dans un projet WINDEV
CONSTANTE
	SERVEUR_SMTP = "smtp.monentreprise.fr"
	PORT_SMTP = 587
FIN

Trace(EnvoyerFacture("client.dupont@exemple.fr", "{pdf}", 42, 1234.50))
Trace(EnvoyerFacture("client.dupont@exemple.fr", "{absent}", 43))

PROCÉDURE EnvoyerFacture(LOCAL sDestinataire est une chaîne, LOCAL sFichierPDF est une chaîne, LOCAL nNumFacture est un entier, LOCAL mMontant est un monétaire = 0) : booléen
	MaSession est une emailSessionSMTP
	MaSession..AdresseServeur = SERVEUR_SMTP
	MaSession..Port = PORT_SMTP
	MaSession..Nom = "compta@monentreprise.fr"
	MaSession..MotDePasse = "{password}"
	MaSession..Option = emailOptionSécuriséTLS

	SI PAS EmailOuvreSession(MaSession) ALORS
		Trace("Impossible d'ouvrir la session : " + ErreurInfo(errMessage))
		RENVOYER Faux
	FIN

	MonMessage est un Email
	MonMessage..Expéditeur = "Comptabilité <compta@monentreprise.fr>"
	Ajoute(MonMessage..Destinataire, sDestinataire)
	MonMessage..Sujet = ChaîneConstruit("Votre facture n°%1 - Société Générale d'Électricité", nNumFacture)
	MonMessage..Message = ChaîneConstruit("Bonjour,%1Veuillez trouver ci-joint la facture n°%2 d'un montant de %3 €.%1Le service comptabilité", RC, nNumFacture, mMontant)
	SI PAS EmailChargeFichierAttaché(MonMessage, sFichierPDF) ALORS
		Trace("Pièce jointe introuvable")
		EmailFermeSession(MaSession)
		RENVOYER Faux
	FIN

	bOK est un booléen = EmailEnvoieMessage(MaSession, MonMessage)
	SI PAS bOK ALORS
		Trace("Échec de l'envoi : " + ErreurInfo(errMessage))
	SINON
		Trace("Facture " + nNumFacture + " envoyée à " + sDestinataire)
	FIN
	EmailFermeSession(MaSession)
	RENVOYER bOK
