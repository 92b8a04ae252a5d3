// Résumé quotidien : les événements de la journée (commandes, retours, tickets) sont
// regroupés par destinataire et chacun reçoit un seul mail, texte et HTML, trié par heure.
CONSTANTE
	SERVEUR_SMTP = "smtp.monentreprise.fr"
	EXPEDITEUR = "Résumé quotidien <noreply@monentreprise.fr>"
FIN

STEvenement est une Structure
	sDestinataire	est une chaîne
	dhQuand			est une DateHeure
	sType			est une chaîne
	sTexte			est une chaîne
FIN

tabEvts est un tableau de STEvenement
ChargeEvenements(tabEvts)

// regroupement par destinataire (la casse de l'adresse ne compte pas)
taParDestinataire est un tableau associatif (ccSansCasse) de tableau de STEvenement
POUR TOUT stE DE tabEvts
	TableauAjoute(taParDestinataire[stE.sDestinataire], stE)
FIN

SI PAS EmailOuvreSessionSMTP("noreply", SERVEUR_SMTP) ALORS
	Trace("Connexion impossible : " + ErreurInfo(errMessage))
	RETOUR
FIN
POUR TOUT tabSes, sDest DE taParDestinataire
	TableauTrie(tabSes, ttMembre, "dhQuand")
	SI EnvoieResume(sDest, tabSes) ALORS
		Trace(sDest + " : " + tabSes..Occurrence + " événement(s)")
	SINON
		Trace(sDest + " : ÉCHEC " + ErreurInfo(errMessage))
	FIN
FIN
EmailFermeSession("noreply")

PROCÉDURE ChargeEvenements(tabEvts est un tableau de STEvenement)
AjouteEvt(tabEvts, "claire@monentreprise.fr", "20261205143000", "COMMANDE", "Commande n°5512 — 3 articles")
AjouteEvt(tabEvts, "jerome@monentreprise.fr", "20261205091500", "TICKET", "Ticket #88 : imprimante <HS> & bloquée")
AjouteEvt(tabEvts, "Claire@MonEntreprise.fr", "20261205083000", "RETOUR", "Retour du colis 77 (cassé)")
AjouteEvt(tabEvts, "claire@monentreprise.fr", "20261205171000", "TICKET", "Ticket #90 : accès VPN")

PROCÉDURE AjouteEvt(tabEvts est un tableau de STEvenement, sDest, sQuand, sType, sTexte)
stE est un STEvenement
stE.sDestinataire = sDest
stE.dhQuand = sQuand
stE.sType = sType
stE.sTexte = sTexte
TableauAjoute(tabEvts, stE)

PROCÉDURE LibelleType(sType est une chaîne) : chaîne
SELON sType
	CAS "COMMANDE" : RENVOYER "Commande"
	CAS "RETOUR" : RENVOYER "Retour"
	CAS "TICKET" : RENVOYER "Support"
	AUTRE CAS : RENVOYER sType
FIN

PROCÉDURE EnvoieResume(sDest est une chaîne, tabSes est un tableau de STEvenement) : booléen
mail est un Email
mail.Expéditeur = EXPEDITEUR
mail.Destinataire[1] = sDest
mail.Sujet = ChaîneConstruit("Résumé du %1 : %2 événement(s)", DateVersChaîne(tabSes[1].dhQuand..PartieDate, "JJ/MM/AAAA"), tabSes..Occurrence)
sTexte est une chaîne
sHTML est une chaîne = "<html><body><table><tr><th>Heure</th><th>Type</th><th>Détail</th></tr>"
POUR TOUT stE DE tabSes
	sHeure est une chaîne = HeureVersChaîne(stE.dhQuand..PartieHeure, "HH:MM")
	sTexte += sHeure + TAB + LibelleType(stE.sType) + TAB + stE.sTexte + RC
	sHTML += "<tr><td>" + sHeure + "</td><td>" + LibelleType(stE.sType) + "</td><td>" + ...
		TexteVersHTML(stE.sTexte) + "</td></tr>"
FIN
sHTML += "</table></body></html>"
mail.Message = sTexte
mail.HTML = sHTML
RENVOYER EmailEnvoieMessage("noreply", mail)
