// Envoi des factures avec reprise : un refus temporaire du serveur (code 4xx : boîte
// pleine, greylisting, serveur surchargé) est retenté après une attente qui double à
// chaque essai ; un refus définitif (5xx) ne l'est pas.
CONSTANTE
	SERVEUR_SMTP	= "smtp.monentreprise.fr"
	EXPEDITEUR		= "factures@monentreprise.fr"
	NB_ESSAIS_MAX	= 4
FIN

gtabJournal est un tableau de chaînes

SI PAS EmailOuvreSessionSMTP(EXPEDITEUR, SERVEUR_SMTP) ALORS
	Trace("Connexion impossible : " + ErreurInfo(errMessage))
	RETOUR
FIN
nEnvoyees, nEchecs sont des entiers
tabClients est un tableau de chaînes = ["durand@client.fr", "martin@client.fr"]
POUR i = 1 _À_ tabClients..Occurrence
	mail est un Email
	mail.Expéditeur = EXPEDITEUR
	mail.Destinataire[1] = tabClients[i]
	mail.Sujet = ChaîneConstruit("Facture n°%1", 1023 + i)
	mail.Message = "Bonjour," + RC + "Veuillez trouver votre facture." + RC
	SI EnvoieAvecReprise(mail) ALORS
		nEnvoyees++
	SINON
		nEchecs++
	FIN
FIN
EmailFermeSession(EXPEDITEUR)
POUR TOUT sLigne DE gtabJournal
	Trace(sLigne)
FIN
Trace(ChaîneConstruit("%1 envoyée(s), %2 échec(s)", nEnvoyees, nEchecs))

// Vrai si le code SMTP cité dans le message d'erreur est un refus temporaire (4xx)
PROCÉDURE EstTemporaire(LOCAL sErreur est une chaîne) : booléen
tabCodes est un tableau de chaînes
SI VérifieExpressionRégulière(sErreur, ".*[^0-9]([45][0-9][0-9]) [245]\.[0-9].*", tabCodes) ALORS
	RENVOYER Gauche(tabCodes[1], 1) = "4"
FIN
RENVOYER Faux

PROCÉDURE EnvoieAvecReprise(mail est un Email, LOCAL nDelai est un entier = 5) : booléen
POUR nEssai = 1 _À_ NB_ESSAIS_MAX
	SI EmailEnvoieMessage(EXPEDITEUR, mail) ALORS
		TableauAjoute(gtabJournal, mail.Destinataire[1] + " : envoyé (essai " + nEssai + ")")
		RENVOYER Vrai
	FIN
	SI PAS EstTemporaire(mail.Erreur) ALORS
		TableauAjoute(gtabJournal, mail.Destinataire[1] + " : refus définitif")
		RENVOYER Faux
	FIN
	SI nEssai < NB_ESSAIS_MAX ALORS
		TableauAjoute(gtabJournal, mail.Destinataire[1] + " : refus temporaire, nouvel essai dans " + nDelai + " cs")
		Temporisation(nDelai)
		nDelai = nDelai * 2
	FIN
FIN
TableauAjoute(gtabJournal, mail.Destinataire[1] + " : abandon après " + NB_ESSAIS_MAX + " essais")
RENVOYER Faux
