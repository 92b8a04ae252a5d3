// Confirmation de commande : corps HTML avec le logo en ligne (cid:), texte brut de repli,
// écrit comme dans un projet WINDEV (structure de lignes, procédure à paramètres LOCAL,
// paramètre optionnel, POUR TOUT, ChaîneConstruit, `..` et `:`)
CONSTANTE
	SERVEUR_SMTP = "smtp.boutique-elegance.fr"
	EXPEDITEUR = "Boutique Élégance <ventes@boutique-elegance.fr>"
FIN

STLigneCommande est une Structure
	sDésignation est une chaîne
	nQuantité est un entier
	moPrixUnitaire est un monétaire
FIN

tabLignes est un tableau de STLigneCommande
stL est un STLigneCommande
stL:sDésignation = "Théière en fonte « Kyoto »"
stL:nQuantité = 1
stL:moPrixUnitaire = 49.90
Ajoute(tabLignes, stL)
stL:sDésignation = "Thé vert Sencha 100 g"
stL:nQuantité = 3
stL:moPrixUnitaire = 7.50
Ajoute(tabLignes, stL)

SI ConfirmerCommande("CDE-2026-0815", "Hélène Dûpont", "helene.dupont@exemple.fr", tabLignes, "{logo}") ALORS
	Trace("Confirmation envoyée")
SINON
	Trace("Échec : " + ErreurInfo(errMessage))
FIN
// le logo introuvable : rien n'est envoyé, et on le dit
Trace(ConfirmerCommande("CDE-2026-0816", "Paul Martin", "paul.martin@exemple.fr", tabLignes, "{absent}"))

PROCÉDURE ConfirmerCommande(LOCAL sNumCde est une chaîne, LOCAL sClient est une chaîne, LOCAL sAdresse est une chaîne, tabLignes est un tableau de STLigneCommande, LOCAL sLogo est une chaîne = "") : booléen
	sLignesHTML, sLignesTexte sont des chaînes
	moTotal est un monétaire = 0
	POUR TOUT stLigne DE tabLignes
		moLigne est un monétaire = stLigne.nQuantité * stLigne.moPrixUnitaire
		sLignesHTML += ChaîneConstruit("<tr><td>%1</td><td>%2</td><td>%3 €</td></tr>", stLigne.sDésignation, stLigne.nQuantité, NumériqueVersChaîne(moLigne, ".2f"))
		sLignesTexte += ChaîneConstruit("- %1 x %2 : %3 €", stLigne.nQuantité, stLigne.sDésignation, NumériqueVersChaîne(moLigne, ".2f")) + RC
		moTotal += moLigne
	FIN

	MonMail est un Email
	MonMail..Expéditeur = EXPEDITEUR
	MonMail..Destinataire[1] = sClient + " <" + sAdresse + ">"
	MonMail..Sujet = "Confirmation de votre commande n° " + sNumCde
	MonMail..Message = ChaîneConstruit("Bonjour %1,%2%2Nous avons bien reçu votre commande n° %3 :%2%4%2Total TTC : %5 €%2%2À bientôt !", sClient, RC, sNumCde, sLignesTexte, NumériqueVersChaîne(moTotal, ".2f"))
	MonMail..HTML = "<html><body>"
	SI sLogo <> "" ALORS
		SI PAS EmailChargeFichierAttaché(MonMail, sLogo, "logo.png") ALORS
			Trace("Logo introuvable : " + ErreurInfo(errMessage))
			RENVOYER Faux
		FIN
		MonMail..IdentifiantAttache[1] = "logo-boutique"
		MonMail..HTML += "<img src=""cid:logo-boutique"" alt=""Boutique Élégance"">"
	FIN
	MonMail..HTML += ChaîneConstruit("<p>Bonjour %1,</p><p>Nous avons bien reçu votre commande n° <b>%2</b> :</p><table>%3</table><p>Total TTC : <b>%4 €</b></p></body></html>", sClient, sNumCde, sLignesHTML, NumériqueVersChaîne(moTotal, ".2f"))

	SI PAS EmailOuvreSessionSMTP("ventes@boutique-elegance.fr", SERVEUR_SMTP) ALORS
		RENVOYER Faux
	FIN
	bEnvoyé est un booléen = EmailEnvoieMessage("ventes@boutique-elegance.fr", MonMail)
	EmailFermeSession("ventes@boutique-elegance.fr")
	RENVOYER bEnvoyé
