// Rapport mensuel des ventes : chargement, recherches, filtre, requête paramétrée,
// puis envoi du rapport par e-mail
Trace(ChargeJeuDEssai() + " commandes chargées")

// une recherche à l'identique sur une clé avec doublons
HLitRecherchePremier(Client, Ville, "Lyon")
TANTQUE HTrouve(Client)
	// TotalClient lit Client : la position (et la recherche) est sauvée puis rétablie
	nPos est un entier = HSauvePosition(Client)
	sNom est une chaîne = Client.Nom
	mNet est un monétaire = TotalClient(Client.IDClient, Vrai)
	HRetourPosition(nPos)
	Trace("Lyon : " + sNom + " (" + mNet + " net)")
	HLitSuivant(Client, Ville)
FIN

// un filtre sur les commandes à livrer
HFiltre(Commande, "Statut = 'SAISIE'")
HLitPremier(Commande)
TANTQUE PAS HEnDehors(Commande)
	Trace("à livrer : n°" + Commande.IDCommande + " du " + DateVersChaîne(Commande.DateCommande, "JJ/MM"))
	HLitSuivant(Commande)
FIN
HDésactiveFiltre(Commande)

// la requête du projet, paramétrée sur novembre
REQ_CAParClient.pDébut = "20261101"
REQ_CAParClient.pFin = "20261130"
SI PAS HExécuteRequête(REQ_CAParClient) ALORS
	Erreur(HErreurInfo())
	RETOUR
FIN
sCorps est une chaîne = "Chiffre d'affaires de novembre 2026" + RC
mTotal est un monétaire
POUR TOUT REQ_CAParClient
	sCorps += ChaîneConstruit("%1 (%2) : %3 commande(s), %4 EUR", REQ_CAParClient.Nom, ...
		REQ_CAParClient.Ville, REQ_CAParClient.NbCommandes, NumériqueVersChaîne(REQ_CAParClient.CA, "12.2f")) + RC
	mTotal += REQ_CAParClient.CA
FIN
sCorps += "Total : " + mTotal + " EUR"
Trace(sCorps)

// une commande pour un client absent est refusée (intégrité)
HRAZ(Commande)
Commande.IDClient = 99
Commande.DateCommande = "20261202"
SI PAS HAjoute(Commande) ALORS
	Trace("refusée, intégrité : " + HErreurIntégrité())
FIN

// envoi
sess est un emailSessionSMTP
sess.AdresseServeur = "smtp.exemple.fr"
sess.Port = 587
sess.Option = emailOptionSécuriséTLS
sess.Nom = "rapports@exemple.fr"
sess.MotDePasse = "pas-un-secret"
SI PAS EmailOuvreSession(sess) ALORS
	Trace("session refusée : " + ErreurInfo(errMessage))
	RETOUR
FIN
msg est un Email
msg.Expéditeur = "rapports@exemple.fr"
msg.Destinataire.Ajoute("direction@exemple.fr")
msg.Sujet = "Ventes de novembre 2026"
msg.Message = sCorps
SI EmailEnvoieMessage(sess, msg) ALORS Trace("rapport envoyé")
EmailFermeSession(sess)
