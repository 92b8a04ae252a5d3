// Synchronisation des commandes de la boutique en ligne : connexion (jeton), pages de
// commandes en JSON, expéditions créées par POST, statuts mis à jour par PUT, reprise
// sur un 503, délai dépassé, purge par DELETE
gsBase = LigneCommande()

SI PAS Connecte("synchro", "s3cret") ALORS
	Trace("connexion impossible")
	FinProgramme(2)
FIN
Trace("connecté, jeton de " + Taille(gsJeton) + " caractères")

tabCommandes est un tableau de Variants
nPage, nPages sont des entiers
nPage = 1
BOUCLE
	vPage est un Variant = AppelleAPI(httpGet, "/api/commandes?statut=nouvelle&page=" + nPage)
	SI vPage = Null ALORS SORTIR
	POUR TOUT vCde DE vPage.items
		tabCommandes.Ajoute(vCde)
	FIN
	nPages = vPage.pages
	nPage++
	SI nPage > nPages ALORS SORTIR
FIN
Trace(tabCommandes.Occurrence + " commande(s) sur " + nPages + " page(s) en " + gnAppels + " appel(s)")

mTotal est un monétaire
POUR TOUT vCde DE tabCommandes
	dhCde est une DateHeure = vCde.date
	mTotal += vCde.total
	sLigne est une chaîne = ChaîneConstruit("n°%1 %2 (%3) du %4 : %5 €", vCde.id, vCde.client, ...
		vCde.cp + " " + vCde.ville, DateHeureVersChaîne(dhCde, "JJ/MM à HH:mm"), ...
		NumériqueVersChaîne(vCde.total, "8.2f"))
	Trace(sLigne)
	sNuméro est une chaîne = CréeExpédition(vCde)
	SI sNuméro <> "" ALORS
		Trace("   expédition " + sNuméro)
		ChangeStatut(vCde.id, "expédiée")
	SINON
		Trace("   refusée : " + ErreurInfo(errMessage))
	FIN
FIN
Trace("total " + mTotal)

// un service trop lent
reqLente est une httpRequête
reqLente.URL = gsBase + "/api/lent"
reqLente.Entête["Authorization"] = "Bearer " + gsJeton
reqLente.DuréeNonRéponse = 500 ms
rLente est une httpRéponse = HTTPEnvoie(reqLente)
SI ErreurDétectée ALORS Trace("service lent : abandon (code " + rLente.CodeEtat + ")")

vPurge est un Variant = AppelleAPI(httpDelete, "/api/paniers/abandonnes")
Trace(vPurge.supprimes + " panier(s) abandonné(s) supprimé(s)")

// sans jeton
gsJeton = ""
SI AppelleAPI(httpGet, "/api/commandes?page=1") = Null ALORS Trace("sans jeton : " + ErreurInfo(errMessage))
