// Synchronisation des clients depuis l'API REST du CRM (code métier) :
// jeton Bearer, pages suivies par le lien « suivant », 429 respecté (Retry-After),
// nombre d'essais borné, bilan renvoyé en JSON.
CONSTANTE
	URL_API = "http://127.0.0.1:{port}/api"
	NB_ESSAIS_MAX = 3
FIN
gsJeton est une chaîne = "jeton-crm-2026"

tabClients est un tableau de Variant
sPage est une chaîne = URL_API + "/clients?page=1"
nPages est un entier = 0
TANTQUE sPage <> ""
	vPage est un Variant = LitPage(sPage)
	SI vPage = Null ALORS
		Trace("Synchronisation interrompue à la page " + (nPages + 1))
		SORTIR
	FIN
	nPages++
	POUR TOUT vClient DE vPage.donnees
		TableauAjoute(tabClients, vClient)
	FIN
	sPage = vPage.suivant
FIN
Trace(ChaîneConstruit("%1 client(s) lus en %2 page(s)", tabClients..Occurrence, nPages))

mTotal est un monétaire = 0
POUR TOUT vClient DE tabClients
	mTotal += vClient.encours
	Trace(vClient.nom + " : " + vClient.encours)
FIN
Trace(EnvoieBilan(tabClients..Occurrence, mTotal))
SI LitPage(URL_API + "/commandes") = Null ALORS Trace("Commandes : réessayer plus tard")

PROCÉDURE LitPage(sURL est une chaîne) : Variant
	cRequête est un httpRequête
	cRequête.URL = sURL
	cRequête.Méthode = httpGet
	cRequête.Entête["Authorization"] = "Bearer " + gsJeton
	POUR nEssai = 1 _A_ NB_ESSAIS_MAX
		cRéponse est un httpRéponse = HTTPEnvoie(cRequête)
		SI ErreurDétectée ALORS
			Trace("Erreur réseau : " + ErreurInfo(errMessage))
			RENVOYER Null
		FIN
		SELON cRéponse.CodeEtat
			CAS 200
				RENVOYER JSONVersVariant(cRéponse.Contenu)
			CAS 429
				nAttente est un entier = Val(cRéponse.Entête["Retry-After"])
				SI nAttente <= 0 OU nAttente > 30 ALORS nAttente = 1
				Trace(ChaîneConstruit("Trop de requêtes (essai %1) : attente de %2 s", nEssai, nAttente))
				SI nEssai < NB_ESSAIS_MAX ALORS ThreadPause(nAttente * 100)
			AUTRE CAS
				Trace("Réponse inattendue : " + cRéponse.CodeEtat)
				RENVOYER Null
		FIN
	FIN
	Trace("Abandon après " + NB_ESSAIS_MAX + " essais : " + sURL)
	RENVOYER Null

PROCÉDURE EnvoieBilan(nClients est un entier, mTotal est un monétaire) : chaîne
	vBilan est un Variant
	vBilan.clients = nClients
	vBilan.encours_total = mTotal
	vBilan.source = "Synchro été"
	cRequête est un httpRequête
	cRequête.URL = URL_API + "/bilans"
	cRequête.Méthode = httpPost
	cRequête.Entête["Authorization"] = "Bearer " + gsJeton
	cRequête.ContentType = "application/json; charset=utf-8"
	cRequête.Contenu = VariantVersJSON(vBilan)
	cRéponse est un httpRéponse = HTTPEnvoie(cRequête)
	SI cRéponse.CodeEtat <> 201 ALORS RENVOYER "Bilan refusé : " + cRéponse.CodeEtat
	RENVOYER "Bilan enregistré : " + JSONVersVariant(cRéponse.Contenu).reference
