// Appels à l'API du transporteur avec un jeton OAuth2 (client_credentials) : le jeton
// est demandé une fois, gardé jusqu'à 30 s avant son expiration, redemandé si l'API
// répond 401 (jeton révoqué), une seule fois par appel.
CONSTANTE
	URL_JETON = "{url}/oauth/token"
	URL_API = "{url}/v1/expeditions/"
	MARGE_EXPIRATION = 30
FIN

STJeton est une Structure
	sValeur		est une chaîne
	dhExpire	est une DateHeure
FIN
gstJeton est un STJeton
gnDemandesJeton est un entier

POUR TOUT sNumero DE ["EXP-001", "EXP-002", "EXP-003", "EXP-404"]
	vExp est un Variant = SuiviExpedition(sNumero)
	SI vExp = Null ALORS
		Trace(sNumero + " : introuvable")
	SINON
		Trace(ChaîneConstruit("%1 : %2 à %3", sNumero, vExp.statut, vExp.ville))
	FIN
FIN
Trace(gnDemandesJeton + " jeton(s) demandé(s)")

PROCÉDURE JetonValide(LOCAL bForcer est un booléen = Faux) : chaîne
SI PAS bForcer ET gstJeton.sValeur <> "" ET DateHeureSys() < gstJeton.dhExpire ALORS
	RENVOYER gstJeton.sValeur
FIN
cReq est une httpRequête
cReq.URL = URL_JETON
cReq.Méthode = httpPost
cReq.ContentType = "application/x-www-form-urlencoded"
cReq.Contenu = "grant_type=client_credentials&client_id=wdtransport&client_secret=" + URLEncode("s3cr&t=é", encodeURLParamètre)
cRep est une httpRéponse = HTTPEnvoie(cReq)
SI ErreurDétectée _OU_ cRep.CodeEtat <> 200 ALORS
	Trace("jeton refusé : " + cRep.CodeEtat)
	RENVOYER ""
FIN
gnDemandesJeton++
vJeton est un Variant = JSONVersVariant(cRep.Contenu)
gstJeton.sValeur = vJeton.access_token
gstJeton.dhExpire = DateHeureSys()
gstJeton.dhExpire..Seconde += vJeton.expires_in - MARGE_EXPIRATION
RENVOYER gstJeton.sValeur

PROCÉDURE SuiviExpedition(sNumero est une chaîne) : Variant
POUR nEssai = 1 _À_ 2
	cReq est une httpRequête
	cReq.URL = URL_API + sNumero
	cReq.Entête["Authorization"] = "Bearer " + JetonValide(nEssai = 2)
	cRep est une httpRéponse = HTTPEnvoie(cReq)
	SELON cRep.CodeEtat
		CAS 200 : RENVOYER JSONVersVariant(cRep.Contenu)
		CAS 401 : CONTINUER   // jeton révoqué : un nouveau, une fois
		CAS 404 : RENVOYER Null
		AUTRE CAS
			Trace("réponse inattendue " + cRep.CodeEtat)
			RENVOYER Null
	FIN
FIN
RENVOYER Null
