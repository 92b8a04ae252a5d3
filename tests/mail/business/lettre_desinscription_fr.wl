// Lettre d'information avec l'entête List-Unsubscribe (RFC 2369) et le désabonnement
// en un clic (RFC 8058), que Gmail et Yahoo exigent des envois en nombre. La structure
// Email n'a pas de membre pour un entête libre : la source est construite par
// EmailConstruitSource, l'entête ajouté en tête, puis la source envoyée par EmailEnvoie.
// Chaque abonné a son lien personnel ; les échecs sont gardés avec leur adresse.
CONSTANTE
	SERVEUR_SMTP	= "smtp.monentreprise.fr"
	EXPEDITEUR		= "lettre@monentreprise.fr"
	URL_DESINSCRIPTION = "https://www.monentreprise.fr/desinscription?id="
FIN

STAbonné est une Structure
	sEmail	est une chaîne
	sNom	est une chaîne
	sJeton	est une chaîne
FIN

tabAbonnés est un tableau de STAbonné = [
	["marie.curie@exemple.fr", "Marie", "a1b2c3"],
	["refuse@exemple.fr", "Paul", "d4e5f6"],
	["jose@exemple.es", "José", "g7h8i9"]]
sFichierSource est une chaîne = fRepTemp() + ["/"] + "lettre_" + DateSys() + ".eml"
tabEchecs est un tableau associatif de chaînes

SI PAS EmailOuvreSessionSMTP(EXPEDITEUR, SERVEUR_SMTP, 25) ALORS
	Trace("Session impossible : " + ErreurInfo(errMessage))
	RETOUR
FIN
nEnvoyés est un entier
POUR TOUT stA DE tabAbonnés
	EmailRAZ()
	Email.Expéditeur = "La lettre de Mon Entreprise <" + EXPEDITEUR + ">"
	Email.Destinataire[1] = stA.sEmail
	Email.Sujet = "Nouveautés de décembre"
	Email.Message = "Bonjour " + stA.sNom + "," + RC + "Voici nos nouveautés." + RC + ...
		"Se désinscrire : " + URL_DESINSCRIPTION + stA.sJeton
	SI PAS EmailConstruitSource() ALORS
		tabEchecs[stA.sEmail] = "source : " + ErreurInfo(errMessage)
		CONTINUER
	FIN
	sEntêtes est une chaîne = "List-Unsubscribe: <mailto:desinscription@monentreprise.fr?subject=" + stA.sJeton + ">, <" + ...
		URL_DESINSCRIPTION + stA.sJeton + ">" + RC + "List-Unsubscribe-Post: List-Unsubscribe=One-Click" + RC
	fSauveTexte(sFichierSource, sEntêtes + Email.Source)
	SI EmailEnvoie(EXPEDITEUR, sFichierSource) ALORS
		nEnvoyés++
	SINON
		tabEchecs[stA.sEmail] = ErreurInfo(errMessage)
	FIN
FIN
EmailFermeSession(EXPEDITEUR)
fSupprime(sFichierSource)

Trace(nEnvoyés + " lettre(s) envoyée(s), " + tabEchecs..Occurrence + " échec(s)")
POUR TOUT sMotif, sAdresse DE tabEchecs
	Trace(sAdresse + " : " + sMotif)
FIN
