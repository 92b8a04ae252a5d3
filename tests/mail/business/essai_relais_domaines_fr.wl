// Essai du relais SMTP de l'entreprise avant la mise en production : un message d'essai
// à une adresse de chaque domaine partenaire, un compte rendu par destinataire (accepté,
// refus temporaire, refusé) avec le code que le serveur a donné.
CONSTANTE
	SERVEUR_RELAIS	= "smtp.monentreprise.fr"
	EXPEDITEUR		= "supervision@monentreprise.fr"
FIN

STResultat est une Structure
	sAdresse est une chaîne
	sEtat est une chaîne
	sCode est une chaîne
FIN

tabAdresses est un tableau de chaînes = ["compta@client.fr", "achats@partenaire.de", "contact@exemple.com", "sav@fournisseur.it"]
tabRésultats est un tableau de STResultat

SI PAS EmailOuvreSessionSMTP(EXPEDITEUR, SERVEUR_RELAIS) ALORS
	Trace("relais injoignable : " + ErreurInfo(errMessage))
	RETOUR
FIN
POUR TOUT sAdresse DE tabAdresses
	TableauAjoute(tabRésultats, EssaieAdresse(sAdresse))
FIN
EmailFermeSession(EXPEDITEUR)

nOK est un entier
POUR TOUT st DE tabRésultats
	sLigne est une chaîne = Complète(st.sAdresse, 22) + st.sEtat
	SI st.sCode <> "" ALORS sLigne += " " + st.sCode
	Trace(sLigne)
	SI st.sEtat = "accepté" ALORS nOK++
FIN
Trace(ChaîneConstruit("%1/%2 domaine(s) joignable(s)", nOK, tabRésultats..Occurrence))

// un message d'essai à une adresse, et ce qu'en a dit le relais
PROCÉDURE EssaieAdresse(LOCAL sAdresse est une chaîne) : STResultat
	stR est un STResultat
	stR.sAdresse = sAdresse
	mail est un Email
	mail.Expéditeur = EXPEDITEUR
	mail.Destinataire[1] = sAdresse
	mail.Sujet = "Essai du relais vers " + ExtraitChaîne(sAdresse, 2, "@")
	mail.Message = "Message d'essai, merci de ne pas répondre."
	SI EmailEnvoieMessage(EXPEDITEUR, mail) ALORS
		stR.sEtat = "accepté"
		RENVOYER stR
	FIN
	tabCode est un tableau de chaînes
	SI VérifieExpressionRégulière(mail.Erreur, ".*[^0-9]([45][0-9][0-9]) .*", tabCode) ALORS
		stR.sCode = tabCode[1]
		stR.sEtat = (Gauche(stR.sCode, 1) = "4" ? "refus temporaire" SINON "refusé")
	SINON
		stR.sEtat = "erreur : " + mail.Erreur
	FIN
	RENVOYER stR
