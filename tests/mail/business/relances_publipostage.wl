// Publipostage des relances de factures échues : un tableau de structures, un modèle à
// balises {NOM} remplacées par Remplace, une seule session SMTP pour tous les envois,
// le compte rendu des envois ; écrit comme dans un projet WINDEV (structure, dates,
// monétaire, POUR TOUT, SELON sur le retard, paramètres LOCAL, CONTINUE)
CONSTANTE
	MODELE_SUJET = "Relance {NIVEAU} : facture {FACTURE} échue depuis {JOURS} jours"
	MODELE_CORPS = "Bonjour {NOM},{RC}{RC}Sauf erreur de notre part, la facture {FACTURE} de {MONTANT} € arrivée à échéance le {ECHEANCE} reste impayée.{RC}Merci de procéder au règlement.{RC}{RC}Le service comptabilité"
FIN

STRelance est une Structure
	sNom est une chaîne
	sEmail est une chaîne
	sFacture est une chaîne
	moMontant est un monétaire
	dEchéance est une Date
FIN

tabRelances est un tableau de STRelance
AjouteRelance(tabRelances, "Mme Hélène Dûpont", "helene@client.test", "F-2026-101", 1250.5, "20261020")
AjouteRelance(tabRelances, "M. Paul Martin", "paul@client.test", "F-2026-117", 89.9, "20261125")
AjouteRelance(tabRelances, "SARL Électricité Générale", "compta@elec.test", "F-2026-120", 4300, "20261201")
AjouteRelance(tabRelances, "Client sans adresse", "pas-une-adresse", "F-2026-121", 10, "20261101")
AjouteRelance(tabRelances, "Client à jour", "ajour@client.test", "F-2026-130", 50, "20261231")

dRéférence est une Date = "20261205"
nEnvoyées est un entier = EnvoyerRelances(tabRelances, dRéférence)
Trace(ChaîneConstruit("%1 relance(s) envoyée(s) sur %2", nEnvoyées, TableauOccurrence(tabRelances)))

PROCÉDURE AjouteRelance(tab est un tableau de STRelance, LOCAL sNom, LOCAL sEmail, LOCAL sFacture, LOCAL moMontant est un monétaire, LOCAL sEchéance)
	st est un STRelance
	st.sNom = sNom
	st.sEmail = sEmail
	st.sFacture = sFacture
	st.moMontant = moMontant
	st.dEchéance = sEchéance
	Ajoute(tab, st)

PROCÉDURE EnvoyerRelances(tabRelances est un tableau de STRelance, LOCAL dJour est une Date) : entier
	SI PAS EmailOuvreSessionSMTP("compta@boutique.test", "smtp.boutique.test") ALORS
		Trace("Session impossible : " + ErreurInfo(errMessage))
		RENVOYER 0
	FIN
	nNb est un entier
	POUR TOUT stR DE tabRelances
		nJours est un entier = DateDifférence(stR.dEchéance, dJour)
		SI nJours <= 0 ALORS CONTINUE
		sNiveau est une chaîne
		SELON nJours
			CAS 1 À 15 : sNiveau = "amicale"
			CAS 16 À 45 : sNiveau = "ferme"
			AUTRE CAS : sNiveau = "dernière"
		FIN
		EmailRAZ()
		Email.Expéditeur = "Comptabilité <compta@boutique.test>"
		Email.Destinataire[1] = stR.sEmail
		Email.Sujet = Fusionne(MODELE_SUJET, stR, nJours, sNiveau)
		Email.Message = Fusionne(MODELE_CORPS, stR, nJours, sNiveau)
		SI EmailEnvoieMessage("compta@boutique.test") ALORS
			nNb++
		SINON
			Trace(stR.sFacture + " non envoyée : " + ErreurInfo(errMessage))
		FIN
	FIN
	EmailFermeSession("compta@boutique.test")
	RENVOYER nNb

PROCÉDURE Fusionne(LOCAL sModèle est une chaîne, stR est un STRelance, LOCAL nJours est un entier, LOCAL sNiveau est une chaîne)
	sModèle = Remplace(sModèle, "{NOM}", stR.sNom)
	sModèle = Remplace(sModèle, "{FACTURE}", stR.sFacture)
	sModèle = Remplace(sModèle, "{MONTANT}", NumériqueVersChaîne(stR.moMontant, ".2f"))
	sModèle = Remplace(sModèle, "{ECHEANCE}", DateVersChaîne(stR.dEchéance, "JJ/MM/AAAA"))
	sModèle = Remplace(sModèle, "{JOURS}", nJours)
	sModèle = Remplace(sModèle, "{NIVEAU}", sNiveau)
	RENVOYER Remplace(sModèle, "{RC}", RC)
