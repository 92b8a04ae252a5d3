// Supervision des sites : chaque URL est interrogée avec son propre délai,
// le résultat classé (OK / LENT / EN PANNE) et un récapitulatif envoyé
// par mail à l'astreinte quand au moins un site ne répond pas correctement.
CONSTANTE
	SERVEUR_SMTP	= "smtp.monentreprise.fr"
	EXPEDITEUR		= "supervision@monentreprise.fr"
	ASTREINTE		= "astreinte@monentreprise.fr"
	DELAI_DEFAUT	= 2000	// en millisecondes
FIN

STSite est une Structure
	sNom		est une chaîne
	sURL		est une chaîne
	nDélai		est un entier		// 0 : délai par défaut
FIN

STRésultat est une Structure
	sNom		est une chaîne
	sEtat		est une chaîne
	nCode		est un entier
	sDétail		est une chaîne
FIN

gtabSites est un tableau de STSite
AjouteSite("Boutique", "http://127.0.0.1:{port}/sante")
AjouteSite("Extranet", "http://127.0.0.1:{port}/ancienne-adresse")
AjouteSite("API commandes", "http://127.0.0.1:{port}/api/etat", 800)
AjouteSite("Paiement", "http://127.0.0.1:{port}/paiement")
AjouteSite("Ancien serveur", "http://127.0.0.1:{ferme}/")

gtabRésultats est un tableau de STRésultat
nEnPanne est un entier = 0
POUR TOUT stSite DE gtabSites
	stR est un STRésultat = VérifieSite(stSite)
	TableauAjoute(gtabRésultats, stR)
	SI stR.sEtat = "EN PANNE" ALORS nEnPanne++
	Trace(stR.sNom + " : " + stR.sEtat + ...
		(stR.nCode > 0 ? " (" + stR.nCode + ")" SINON "") + ...
		(stR.sDétail = "" ? "" SINON " - " + stR.sDétail))
FIN

SI nEnPanne = 0 ALORS
	Trace("Tous les sites répondent")
SINON
	SI EnvoieRécapitulatif(gtabRésultats, nEnPanne) ALORS
		Trace("Récapitulatif envoyé à " + ASTREINTE)
	SINON
		Trace("Envoi impossible : " + ErreurInfo(errMessage))
	FIN
FIN

PROCÉDURE AjouteSite(LOCAL sNom est une chaîne, LOCAL sURL est une chaîne, LOCAL nDélai est un entier = 0)
stS est un STSite
stS.sNom = sNom
stS.sURL = sURL
stS.nDélai = nDélai
TableauAjoute(gtabSites, stS)

// Interroge un site et classe sa réponse
PROCÉDURE VérifieSite(LOCAL stS est un STSite) : STRésultat
stRes est un STRésultat
stRes.sNom = stS.sNom
cReq est une httpRequête
cReq..URL = stS.sURL
cReq..Méthode = httpGet
cReq..DuréeNonRéponse = (stS.nDélai > 0 ? stS.nDélai SINON DELAI_DEFAUT)
cRep est une httpRéponse = HTTPEnvoie(cReq)
SI ErreurDétectée ALORS
	stRes.sEtat = "EN PANNE"
	SI Position(ErreurInfo(errMessage), "no answer within") > 0 ALORS
		stRes.sDétail = "pas de réponse en " + (cReq..DuréeNonRéponse / 1000) + " s"
	SINON
		stRes.sDétail = "injoignable"
	FIN
	RENVOYER stRes
FIN
stRes.nCode = cRep..CodeEtat
SELON cRep..CodeEtat
	CAS 200 A 299
		SI Position(cRep..Contenu, "dégradé", 1, SansCasse) > 0 ALORS
			stRes.sEtat = "LENT"
			stRes.sDétail = "mode dégradé"
		SINON
			stRes.sEtat = "OK"
		FIN
	CAS 500 A 599
		stRes.sEtat = "EN PANNE"
		stRes.sDétail = cRep..DescriptionCodeEtat
	AUTRE CAS
		stRes.sEtat = "EN PANNE"
		stRes.sDétail = "réponse inattendue"
FIN
RENVOYER stRes

// Mail à l'astreinte : un tableau texte (tabulations) et sa version HTML
PROCÉDURE EnvoieRécapitulatif(tabRes est un tableau de STRésultat, LOCAL nEnPanne est un entier) : booléen
sTexte est une chaîne = "Site" + TAB + "Etat" + TAB + "Code" + RC
sHTML est une chaîne = "<table><tr><th>Site</th><th>Etat</th><th>Code</th></tr>"
POUR TOUT stR DE tabRes
	sTexte += stR.sNom + TAB + stR.sEtat + TAB + stR.nCode + RC
	sHTML += ChaîneConstruit("<tr><td>%1</td><td>%2</td><td>%3</td></tr>", TexteVersHTML(stR.sNom), stR.sEtat, stR.nCode)
FIN
sHTML += "</table>"
SI PAS EmailOuvreSessionSMTP(EXPEDITEUR, SERVEUR_SMTP, 25) ALORS RENVOYER Faux
EmailRAZ()
Email.Expéditeur = EXPEDITEUR
Email.Destinataire[1] = ASTREINTE
Email.Sujet = ChaîneConstruit("[Supervision] %1 site(s) en panne sur %2", nEnPanne, tabRes..Occurrence)
Email.Message = sTexte
Email.HTML = sHTML
bOK est un booléen = EmailEnvoieMessage(EXPEDITEUR)
EmailFermeSession(EXPEDITEUR)
RENVOYER bOK
