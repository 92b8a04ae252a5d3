// Envoi des relevés de compte de fin de mois : un PDF par client, le nom du fichier et
// le sujet en français avec accents (les clients les voient tels quels dans Outlook).
sDossier est une chaîne = fRepTemp() + ["\"] + "relevés_" + DateVersChaîne(DateSys(), "AAAAMM")
fRepCrée(sDossier)

tabClients est un tableau de 0 par 3 chaînes
TableauAjouteLigne(tabClients, "Société Générale d'Équipement", "compta@sge.fr", "Relevé n°12 – Société Générale d'Équipement.pdf")
TableauAjouteLigne(tabClients, "Boulangerie Lefèvre & Fils", "m.lefevre@boulangerie-lefevre.fr", "Relevé n°13 – Boulangerie Lefèvre & Fils.pdf")

// Les PDF sont produits par l'état ; ici, un contenu minimal
POUR i = 1 _À_ TableauOccurrence(tabClients)
	fSauveBuffer(sDossier + ["\"] + tabClients[i, 3], "%PDF-1.4" + RC + "relevé " + i + RC + "%%EOF")
FIN

nEnvoyés est un entier
SI EmailOuvreSessionSMTP("releves@monentreprise.fr", "smtp.monentreprise.fr", 25) ALORS
	POUR i = 1 _À_ TableauOccurrence(tabClients)
		EmailRAZ()
		Email.Expéditeur = "Comptabilité Clients <releves@monentreprise.fr>"
		Email.Destinataire[1] = tabClients[i, 2]
		Email.Sujet = "Votre relevé de compte — " + DateVersChaîne(DateSys(), "MMMM AAAA") + " — " + tabClients[i, 1]
		Email.Message = "Madame, Monsieur," + RC + RC + "Veuillez trouver ci-joint votre relevé de compte." + RC + "Cordialement," + RC + "Le service comptabilité"
		Email.Attache[1] = sDossier + ["\"] + tabClients[i, 3]
		SI EmailEnvoieMessage("releves@monentreprise.fr") ALORS
			nEnvoyés++
		SINON
			Trace("Échec pour " + tabClients[i, 1] + " : " + ErreurInfo(errMessage))
		FIN
	FIN
	EmailFermeSession("releves@monentreprise.fr")
FIN
Trace(nEnvoyés + " relevé(s) envoyé(s)")

// ménage
POUR i = 1 _À_ TableauOccurrence(tabClients)
	fSupprime(sDossier + ["\"] + tabClients[i, 3])
FIN
fRepSupprime(sDossier)
