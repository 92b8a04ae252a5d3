// Recherche d'articles sur l'API du catalogue (code métier en français) : les critères
// saisis par l'utilisateur vont dans l'URL, chacun encodé comme un paramètre (accents,
// espaces, &, +, = : encodeURLParamètre, sinon & et + gardent leur sens dans l'URL)
CONSTANTE
	URL_API = "http://127.0.0.1:{port}/api/v2"
	TAILLE_PAGE = 2
FIN

gsCléAPI est une chaîne = "clé-démo+42"

tabCritères est un tableau associatif de chaînes
tabCritères["q"] = "café crème & thé"
tabCritères["categorie"] = "Épicerie fine"
tabCritères["ville"] = "Saint-Étienne"
nTrouvés est un entier = RechercheArticles(tabCritères)
Trace("trouvés : " + nTrouvés)
Trace(RechercheArticles(tabCritères, 9))
// une recherche vide n'appelle pas l'API
tabVide est un tableau associatif de chaînes
Trace(RechercheArticles(tabVide))

procedure RechercheArticles(LOCAL taCritères est un tableau associatif de chaînes, nPage est un entier = 1) : entier
	SI taCritères..Occurrence = 0 ALORS
		Trace("aucun critère")
		RENVOYER -1
	FIN
	sQuery est une chaîne
	POUR TOUT sValeur, sCle DE taCritères
		sQuery += [ "&" ] + URLEncode(sCle, encodeURLParamètre) + "=" + URLEncode(sValeur, encodeURLParamètre)
	FIN
	sQuery += "&page=" + nPage + "&taille=" + TAILLE_PAGE + "&cle=" + URLEncode(gsCléAPI, encodeURLParamètre)
	req est un httpRequête
	req..URL = URL_API + "/articles?" + sQuery
	req..Entête["Accept"] = "application/json"
	rep est un httpRéponse = HTTPEnvoie(req)
	si ErreurDétectée alors
		Trace("réseau : " + ErreurInfo(errMessage))
		renvoyer -1
	fin
	SELON rep.CodeEtat
		CAS 200
			jRes est un JSON = rep.Contenu
			POUR TOUT jArt DE jRes.articles
				Trace(jArt.ref + " | " + jArt.libelle + " | " + NumériqueVersChaîne(jArt.prix, "8.2f"))
			FIN
			renvoyer jRes.total
		CAS 400
			jErr est un JSON = rep.Contenu
			Trace("refusé : " + jErr.message)
		AUTRE CAS
			Trace("code " + rep.CodeEtat)
	FIN
	RENVOYER -1
