// Lettre d'information mensuelle : une seule session SMTP, un message par abonné,
// chaque échec noté avec son adresse (rien ne doit se perdre en silence)
CONSTANTE
	SERVEUR_SMTP = "smtp.monentreprise.fr"
	EXPEDITEUR = "Société Dupont & Fils <lettre@monentreprise.fr>"
FIN

tabAbonnés est un tableau de chaînes
POUR i = 1 _À_ {nombre}
	Ajoute(tabAbonnés, ChaîneConstruit("abonne%1@exemple.fr", i))
FIN
tabAbonnés[17] = "refuse17@exemple.fr"
tabAbonnés[42] = "adresse sans arobase"
tabAbonnés[99] = "plein99@exemple.fr"

tabErreurs est un tableau de chaînes
nEnvoyés est un entier = EnvoyerLettre(tabAbonnés, "Nouveautés de décembre : -20 % sur l'électroménager", tabErreurs)
Trace(ChaîneConstruit("%1 envoyé(s) sur %2, %3 échec(s)", nEnvoyés, tabAbonnés..Occurrence, TableauOccurrence(tabErreurs)))
POUR TOUT sErreur DE tabErreurs
	Trace(sErreur)
FIN

PROCÉDURE EnvoyerLettre(LOCAL tabDestinataires est un tableau de chaînes, sSujet est une chaîne, tabErreurs est un tableau de chaînes) : entier
	nEnvoyés est un entier
	sSession est une chaîne = "lettre@monentreprise.fr"
	EmailChangeTimeOut(30)
	SI EmailOuvreSessionSMTP(sSession, SERVEUR_SMTP, 25) = Faux ALORS
		Ajoute(tabErreurs, "Connexion impossible : " + ErreurInfo(errMessage))
		RENVOYER 0
	FIN
	POUR TOUT sAdresse, nIndice DE tabDestinataires
		EmailRAZ()
		Email.Expéditeur = EXPEDITEUR
		Email.Destinataire[1] = sAdresse
		Email.Sujet = sSujet
		Email.Message = "Bonjour," + RC + "Découvrez nos offres du mois." + RC + "Abonné n°" + nIndice
		SI EmailEnvoieMessage(sSession) ALORS
			nEnvoyés++
		SINON
			Ajoute(tabErreurs, sAdresse + " -> " + ErreurInfo(errMessage))
		FIN
	FIN
	SI PAS EmailFermeSession(sSession) ALORS
		Ajoute(tabErreurs, "Fermeture : " + ErreurInfo(errMessage))
	FIN
	RENVOYER nEnvoyés
