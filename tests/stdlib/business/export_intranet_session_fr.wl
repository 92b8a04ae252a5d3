// Récupération de l'export des commandes sur l'ancien intranet d'un client (pas d'API) :
// on se connecte par son formulaire, le serveur pose un cookie de session, puis la même
// requête (qui gère ses cookies) télécharge l'export CSV, lu ligne à ligne.
CONSTANTE
	URL_INTRANET = "http://127.0.0.1:{port}"
FIN

gReq est une httpRequête
HTTPCookieGère(gReq, Vrai)

SI PAS Connexion("compta", "m0t de passe&co") ALORS
	Trace("connexion refusée")
	RETOUR
FIN
nTotal est un monétaire
POUR TOUTE CHAÎNE sLigne DE TéléchargeExport("2026-11") SÉPARÉE PAR RC
	SI sLigne = "" OU sLigne [= "num;" ALORS CONTINUER
	Trace(ExtraitChaîne(sLigne, 1, ";") + " : " + ExtraitChaîne(sLigne, 3, ";"))
	nTotal += Val(Remplace(ExtraitChaîne(sLigne, 3, ";"), ",", "."))
FIN
Trace("total : " + nTotal)
// la session est celle de la requête : un HTTPEnvoie d'une autre requête n'est pas connecté
autre est une httpRequête
autre.URL = URL_INTRANET + "/export?mois=2026-11"
Trace(HTTPEnvoie(autre).CodeEtat)

PROCÉDURE Connexion(sUtilisateur, sMotDePasse) : booléen
	gReq.URL = URL_INTRANET + "/login"
	gReq.Méthode = httpPost
	gReq.ContentType = "application/x-www-form-urlencoded"
	gReq.Contenu = "user=" + URLEncode(sUtilisateur, encodeURLParamètre) + "&pwd=" + URLEncode(sMotDePasse, encodeURLParamètre)
	rep est une httpRéponse = HTTPEnvoie(gReq)
	RENVOYER PAS ErreurDétectée _ET_ rep.CodeEtat = 200

PROCÉDURE TéléchargeExport(sMois est une chaîne) : chaîne
	gReq.URL = URL_INTRANET + "/export?mois=" + sMois
	gReq.Méthode = httpGet
	gReq.Contenu = ""
	rep est une httpRéponse = HTTPEnvoie(gReq)
	SI rep.CodeEtat <> 200 ALORS
		Trace("export : code " + rep.CodeEtat)
		RENVOYER ""
	FIN
	RENVOYER rep.Contenu
