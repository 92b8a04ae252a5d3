// Catalogue fournisseur : tous les produits lus page par page.
// L'API donne la page suivante dans l'entête Link (RFC 8288) :
//   Link: <https://.../produits?page=2&par_page=2>; rel="next", <...>; rel="last"
CONSTANTE
	URL_API		= "http://127.0.0.1:{port}/api/v1"
	CLE_API		= "cle-demo-42"
	MAX_PAGES	= 20
FIN

STProduit est une Structure
	sRéférence	est une chaîne
	sLibellé	est une chaîne
	mPrix		est un monétaire
	nStock		est un entier
FIN

gtabProduits est un tableau de STProduit
nPages est un entier = LitTousLesProduits(URL_API + "/produits?par_page=2", gtabProduits)
SI nPages < 0 ALORS
	Trace("Lecture interrompue : " + ErreurInfo(errMessage))
SINON
	Trace(ChaîneConstruit("%1 produit(s) en %2 page(s)", gtabProduits..Occurrence, nPages))
FIN
TableauTrie(gtabProduits, ttMembre + ccSansCasse + ccSansAccent, "+sLibellé")
mValeur est un monétaire
POUR TOUT stP DE gtabProduits
	Trace(stP.sRéférence + " " + stP.sLibellé + " : " + stP.nStock + " x " + stP.mPrix)
	mValeur += stP.nStock * stP.mPrix
FIN
Trace("Valeur du stock : " + NumériqueVersChaîne(mValeur, "0.2f"))

// Une boucle de liens (la page suivante renvoie à une page déjà lue) est arrêtée
tabAutres est un tableau de STProduit
SI LitTousLesProduits(URL_API + "/boucle", tabAutres) < 0 ALORS
	Trace("Boucle : " + ErreurInfo(errMessage) + " (" + tabAutres..Occurrence + " produit(s) gardés)")
FIN

// Renvoie le nombre de pages lues, ou -1 (ErreurDétectée) si une page n'a pas pu être lue
PROCÉDURE LitTousLesProduits(LOCAL sURL est une chaîne, tabRésultat est un tableau de STProduit) : entier
tabVues est un tableau associatif de booléens
nPage est un entier = 0
TANTQUE sURL <> ""
	SI tabVues[sURL] ALORS
		ErreurDéclenche(1, "la page " + sURL + " a déjà été lue")
		RENVOYER -1
	FIN
	tabVues[sURL] = Vrai
	nPage++
	SI nPage > MAX_PAGES ALORS
		ErreurDéclenche(2, "plus de " + MAX_PAGES + " pages")
		RENVOYER -1
	FIN
	cReq est une httpRequête
	cReq..URL = sURL
	cReq..Entête["X-Api-Key"] = CLE_API
	cReq..Entête["Accept"] = "application/json"
	cRep est une httpRéponse = HTTPEnvoie(cReq)
	SI ErreurDétectée OU cRep..CodeEtat <> 200 ALORS
		ErreurDéclenche(3, "page " + nPage + " : " + cRep..CodeEtat)
		RENVOYER -1
	FIN
	vPage est un Variant = JSONVersVariant(cRep..Contenu)
	POUR TOUT vP DE vPage.produits
		stP est un STProduit
		stP.sRéférence = vP.ref
		stP.sLibellé = vP.libelle
		stP.mPrix = vP.prix
		stP.nStock = vP.stock
		TableauAjoute(tabRésultat, stP)
	FIN
	sURL = LienSuivant(cRep..Entête["Link"])
FIN
RENVOYER nPage

// L'adresse du lien rel="next" d'un entête Link, "" s'il n'y en a pas
PROCÉDURE LienSuivant(LOCAL sLink est une chaîne) : chaîne
POUR TOUTE CHAÎNE sLien DE sLink SÉPARÉE PAR ","
	SI Position(sLien, "rel=""next""", 1, SansCasse) > 0 ALORS
		RENVOYER ExtraitChaîne(ExtraitChaîne(sLien, 2, "<"), 1, ">")
	FIN
FIN
RENVOYER ""
