// Lecture d'un client et création d'une commande par l'API REST (code métier en français)
sURLBase est une chaîne = "http://127.0.0.1:{port}/api"
sJeton est une chaîne = "jeton-123"

vClient est un Variant = LireClient(42)
SI vClient <> Null ALORS
	Trace(vClient.nom)
	Trace(vClient.encours)
	POUR TOUT vFacture DE vClient.factures
		Trace(vFacture.num + " : " + vFacture.montant)
	FIN
FIN
Trace(LireClient(99) = Null)
Trace(CréerCommande(42, "Câble électrique 2,5 mm²", 3))

PROCÉDURE LireClient(nID est un entier) : Variant
	cRequete est une httpRequête
	cRequete..URL = sURLBase + "/clients/" + nID
	cRequete..Méthode = httpGet
	cRequete..Entête["Authorization"] = "Bearer " + sJeton
	cReponse est une httpRéponse = HTTPEnvoie(cRequete)
	SI ErreurDétectée ALORS
		Trace("Erreur réseau : " + ErreurInfo(errMessage))
		RENVOYER Null
	FIN
	SELON cReponse..CodeEtat
		CAS 200
			RENVOYER JSONVersVariant(cReponse..Contenu)
		CAS 404
			Trace("Client " + nID + " introuvable")
		AUTRE CAS
			Trace("Réponse inattendue : " + cReponse..CodeEtat)
	FIN
	RENVOYER Null

PROCÉDURE CréerCommande(nClient est un entier, sArticle est une chaîne, nQte est un entier = 1)
	vCommande est un Variant
	vCommande.client = nClient
	vCommande.article = sArticle
	vCommande.quantite = nQte
	cRequete est une restRequête
	cRequete.URL = sURLBase + "/commandes"
	cRequete.Méthode = httpPost
	cRequete.ContentType = "application/json"
	cRequete.Contenu = VariantVersJSON(vCommande)
	cReponse est une restRéponse = RESTEnvoie(cRequete)
	SI cReponse.CodeEtat <> 201 ALORS RENVOYER "échec " + cReponse.CodeEtat
	vRetour est un Variant = JSONVersVariant(cReponse.Contenu)
	RENVOYER vRetour.recu.article + " x" + vRetour.recu.quantite + " (" + vRetour.ctype + ")"
