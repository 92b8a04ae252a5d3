// Notification d'une commande payée à un partenaire par webhook : corps JSON signé en
// HMAC-SHA256 (en-tête X-Signature), nouvel essai sur 503 (Retry-After respecté, borné),
// écrit comme dans un projet WINDEV (CONSTANTE, procédure à paramètres LOCAL et optionnels,
// SELON sur le code retour, BOUCLE avec SORTIR, variant construit membre à membre)
CONSTANTE
	CLE_SECRETE_WEBHOOK = "whsec_{key}"
	NB_ESSAIS_MAX = 4
FIN

gsDernièreErreur est une chaîne
vCommande est un Variant
vCommande.numero = "CDE-2026-0815"
vCommande.client = "Hélène Dûpont"
vCommande.montant = 72.40
vCommande.statut = "payée"

SI NotifierPartenaire("{url}/webhooks/commandes", vCommande) ALORS
	Trace("Partenaire notifié")
SINON
	Trace("Échec : " + gsDernièreErreur)
FIN
SI PAS NotifierPartenaire("{url}/webhooks/toujours-indisponible", vCommande, 2) ALORS
	Trace("Échec : " + gsDernièreErreur)
FIN
SI PAS NotifierPartenaire("{url}/webhooks/refus", vCommande) ALORS Trace("Échec : " + gsDernièreErreur)

PROCÉDURE NotifierPartenaire(LOCAL sURL est une chaîne, LOCAL vDonnées est un Variant, LOCAL nEssaisMax est un entier = NB_ESSAIS_MAX) : booléen
	sCorps est une chaîne = VariantVersJSON(vDonnées)
	bufSignature est un Buffer = HashChaîne(HA_HMAC_SHA_256, ChaîneVersUTF8(sCorps), CLE_SECRETE_WEBHOOK)
	sSignature est une chaîne = "sha256=" + Minuscule(BufferVersHexa(bufSignature, SansRegroupement, SansLigne))

	nEssai est un entier = 0
	BOUCLE
		nEssai++
		req est une httpRequête
		req..URL = sURL
		req..Méthode = httpPost
		req..ContentType = "application/json; charset=utf-8"
		req..Contenu = ChaîneVersUTF8(sCorps)
		req..Entête["X-Signature"] = sSignature
		req..Entête["X-Essai"] = nEssai
		req..DuréeNonRéponse = 2000
		rép est une httpRéponse = HTTPEnvoie(req)
		SI ErreurDétectée ALORS
			Trace(ChaîneConstruit("essai %1 : %2", nEssai, ErreurInfo(errMessage)))
		SINON
			SELON rép..CodeEtat
				CAS 200 À 299
					Trace(ChaîneConstruit("essai %1 : accepté (%2)", nEssai, rép..CodeEtat))
					RENVOYER Vrai
				CAS 503
					Trace(ChaîneConstruit("essai %1 : 503, réessayer dans %2 s", nEssai, rép..Entête["Retry-After"]))
					SI nEssai < nEssaisMax ALORS ThreadPause(Min(Val(rép..Entête["Retry-After"]), 1) * 10)
				AUTRE CAS
					gsDernièreErreur = ChaîneConstruit("refusé par le partenaire (%1 %2)", rép..CodeEtat, rép..Contenu)
					RENVOYER Faux
			FIN
		FIN
		SI nEssai >= nEssaisMax ALORS SORTIR
	FIN
	gsDernièreErreur = ChaîneConstruit("toujours indisponible après %1 essais", nEssai)
	RENVOYER Faux
