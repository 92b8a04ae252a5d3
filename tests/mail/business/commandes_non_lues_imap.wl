// Relevé des commandes arrivées par e-mail sur IMAP : seuls les messages non lus dont le
// sujet commence par « Commande » sont traités ; l'en-tête est lu d'abord (il ne marque
// rien), le message entier ensuite (il le marque lu), les autres restent non lus.
// Écrit comme dans un projet WINDEV : procédure à paramètres LOCAL, tableau de structures
// rendu, ChaîneCommencePar sans casse, TANTQUE PAS Email.EnDehors.
STCommandeMail est une Structure
	nNuméro est un entier
	sExpéditeur est une chaîne
	sSujet est une chaîne
	nLignes est un entier
FIN

tabCommandes est un tableau de STCommandeMail = RelèveCommandes("commandes@boutique.test", "{password}", "127.0.0.1", {port})
Trace(ErreurDétectée, TableauOccurrence(tabCommandes))
POUR TOUT stC DE tabCommandes
	Trace(ChaîneConstruit("%1 | %2 | %3 | %4 ligne(s)", stC.nNuméro, stC.sExpéditeur, stC.sSujet, stC.nLignes))
FIN

PROCÉDURE RelèveCommandes(LOCAL sCompte est une chaîne, LOCAL sMotDePasse est une chaîne, LOCAL sServeur est une chaîne, LOCAL nPort est un entier = 143)
	tabRésultat est un tableau de STCommandeMail
	SI PAS EmailOuvreSessionIMAP(sCompte, sMotDePasse, sServeur, nPort) ALORS
		Trace("Connexion impossible : " + ErreurInfo(errMessage))
		RENVOYER tabRésultat
	FIN
	Trace("non lus au départ : " + EmailNbMessage(sCompte, emailNonLu))
	tabÀLire est un tableau d'entiers
	nNum est un entier = 0
	EmailLitEntêtePremier(sCompte, emailNonLu)
	TANTQUE PAS Email.EnDehors
		nNum = Val(Email.ID)
		SI ChaîneCommencePar(Email.Sujet, "Commande", SansCasse) ALORS
			Ajoute(tabÀLire, nNum)
		SINON
			Trace("ignoré : " + Email.Sujet)
		FIN
		EmailLitEntêteSuivant(sCompte, emailNonLu)
	FIN
	POUR TOUT nUID DE tabÀLire
		POUR i = 1 _À_ EmailNbMessage(sCompte)
			SI EmailLitEntêteMessage(sCompte, i) _ET_ Val(Email.ID) = nUID ALORS
				EmailLitMessage(sCompte, i)
				stC est un STCommandeMail
				stC.nNuméro = nUID
				stC.sExpéditeur = Email.Expéditeur
				stC.sSujet = Email.Sujet
				stC.nLignes = ChaîneOccurrence(Email.Message, RC) + 1
				Ajoute(tabRésultat, stC)
				SORTIR
			FIN
		FIN
	FIN
	Trace("non lus à la fin : " + EmailNbMessage(sCompte, emailNonLu))
	EmailFermeSession(sCompte)
	RENVOYER tabRésultat
