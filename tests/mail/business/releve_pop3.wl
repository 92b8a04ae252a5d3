// Relevé de la boîte "commandes" par POP3 : chaque pièce jointe enregistrée dans le dossier du
// jour, le message supprimé du serveur une fois traité (code écrit à l'ancienne, structure Email)
CONSTANTE
	BOITE = "commandes@monentreprise.fr"
FIN
sDossier est une chaîne = "{dossier}"
nTraités, nPièces sont des entiers

SI PAS EmailOuvreSessionPOP3(BOITE, "{motdepasse}", "127.0.0.1", {port}) ALORS
	Erreur("Relevé impossible", ErreurInfo())
	RETOUR
FIN
Trace(EmailNbMessage(BOITE) + " message(s) en attente")
EmailLitPremier(BOITE)
TANTQUE PAS Email.EnDehors
	Trace(Email.Expéditeur + " : " + Email.Sujet)
	POUR i = 1 _A_ Email.NbAttache
		SI EmailSauveFichierAttaché(Email.Attache[i], sDossier + ["\"] + Email.Attache[i]) ALORS
			nPièces++
		SINON
			Trace("  pièce " + i + " non enregistrée : " + ErreurInfo(errMessage))
		FIN
	FIN
	SI EmailSupprimeMessage(BOITE) ALORS nTraités++
	EmailLitSuivant(BOITE)
FIN
SI PAS EmailFermeSession(BOITE) ALORS Trace("Fermeture : " + ErreurInfo())
Trace(ChaîneConstruit("%1 message(s) traité(s), %2 pièce(s) enregistrée(s)", nTraités, nPièces))
