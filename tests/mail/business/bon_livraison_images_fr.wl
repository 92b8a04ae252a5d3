// Envoi du bon de livraison : le logo et la signature du livreur dans le HTML (cid:),
// le détail des colis en CSV construit en mémoire (un Buffer), sans aucun fichier sur
// le disque. La signature vient de la tablette du livreur, en base64.
CONSTANTE
	SERVEUR_SMTP	= "smtp.monentreprise.fr"
	EXPEDITEUR		= "livraisons@monentreprise.fr"
	LOGO_B64		= "R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs="
FIN

STColis est une Structure
	sRéf est une chaîne
	sDésignation est une chaîne
	rPoids est un réel
FIN

gsSignatureB64 est une chaîne = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAAAAADRSSBWAAAAC0lEQVR4nGNg+A8AAQIBAEK+vGgAAAAASUVORK5CYII="

tabColis est un tableau de STColis
stC est un STColis
stC.sRéf = "C-001" ; stC.sDésignation = "Câble électrique 2,5 mm²" ; stC.rPoids = 12.5
TableauAjoute(tabColis, stC)
stC.sRéf = "C-002" ; stC.sDésignation = "Gaine ICTA Ø20" ; stC.rPoids = 3.25
TableauAjoute(tabColis, stC)

SI PAS EmailOuvreSessionSMTP(EXPEDITEUR, SERVEUR_SMTP) ALORS
	Trace("serveur injoignable : " + ErreurInfo(errMessage))
	RETOUR
FIN
SI EnvoieBon("BL-2026-0412", "reception@client.fr", tabColis) ALORS
	Trace("bon envoyé")
SINON
	Trace("échec : " + ErreurInfo(errMessage))
FIN
EmailFermeSession(EXPEDITEUR)

PROCÉDURE ConstruitCSV(LOCAL tab est un tableau de STColis) : Buffer
	sCSV est une chaîne = "Réf;Désignation;Poids (kg)" + RC
	POUR TOUT st DE tab
		sCSV += st.sRéf + ";" + st.sDésignation + ";" + NumériqueVersChaîne(st.rPoids, ".2f") + RC
	FIN
	RENVOYER ChaîneVersUTF8(sCSV)

PROCÉDURE EnvoieBon(sNumBL est une chaîne, sDest est une chaîne, tabColis est un tableau de STColis) : booléen
	m est un Email
	m.Expéditeur = EXPEDITEUR
	m.Destinataire[1] = sDest
	m.Sujet = "Bon de livraison " + sNumBL
	m.HTML = "<html><body><img src=""cid:logo""><p>Bonjour,</p>" + ...
		"<p>Votre livraison " + sNumBL + " : " + tabColis..Occurrence + " colis.</p>" + ...
		"<p>Signature du livreur :<br><img src=""cid:signature""></p></body></html>"
	m.Message = "Bonjour, votre livraison " + sNumBL + " : " + tabColis..Occurrence + " colis."
	pjLogo est un emailAttache
	pjLogo.Nom = "logo.gif"
	pjLogo.Contenu = Décode(LOGO_B64, encodeBASE64)
	pjLogo.Identifiant = "logo"
	TableauAjoute(m.Attache, pjLogo)
	pjSignature est un emailAttache
	pjSignature.Nom = "signature.png"
	pjSignature.Contenu = Décode(gsSignatureB64, encodeBASE64)
	pjSignature.Identifiant = "signature"
	TableauAjoute(m.Attache, pjSignature)
	pjCSV est un emailAttache
	pjCSV.Nom = sNumBL + ".csv"
	pjCSV.TypeContenu = "text/csv; charset=utf-8"
	pjCSV.Contenu = ConstruitCSV(tabColis)
	TableauAjoute(m.Attache, pjCSV)
	RENVOYER EmailEnvoieMessage(EXPEDITEUR, m)
