// Création de factures par une API REST JSON : jeton Bearer, erreurs 4xx/5xx et
// délai dépassé traités comme dans un vrai projet (code métier en français)
CONSTANTE
	URL_API = "http://127.0.0.1:{port}/api"
FIN
gsJeton est une chaîne = "jeton-secret"

Trace("Facture n°" + CréerFacture(42, 1234.56))
Trace(CréerFacture(42, -5))
Trace(CréerFacture(42, 10, "jeton-perime"))
Trace(CréerFacture(500, 10))
Trace(CréerFacture(7, 10, gsJeton, "/lent"))
Trace(CréerFacture(7, 10, gsJeton, "/inconnu"))
Trace(StatutAPI())

// L'ancienne façon : HTTPRequête puis HTTPDonneRésultat
PROCÉDURE StatutAPI()
	HTTPTimeOut(2 s)
	SI PAS HTTPRequête(URL_API + "/statut") ALORS
		RENVOYER "Erreur : " + ErreurInfo(errMessage)
	FIN
	vStatut est un Variant = JSONVersVariant(HTTPDonneRésultat(httpRésultat))
	RENVOYER "API " + vStatut.etat + ", version " + vStatut.version

PROCÉDURE CréerFacture(LOCAL nClient est un entier, LOCAL mMontant est un monétaire, LOCAL sJetonAPI est une chaîne = gsJeton, LOCAL sChemin est une chaîne = "/factures")
	vFacture est un Variant
	vFacture.client = nClient
	vFacture.montant = mMontant
	vFacture.libellé = "Prestation de décembre, TVA 20 %"
	req est une httpRequête
	req..URL = URL_API + sChemin
	req..Méthode = httpPost
	req..ContentType = "application/json"
	req..Entête["Authorization"] = "Bearer " + sJetonAPI
	req..Contenu = VariantVersJSON(vFacture)
	req..DuréeNonRéponse = 1 s
	rep est une httpRéponse = HTTPEnvoie(req)
	SI ErreurDétectée ALORS
		RENVOYER "Erreur réseau : " + ErreurInfo()
	FIN
	SELON rep..CodeEtat
		CAS 200, 201
			vRéponse est un Variant = JSONVersVariant(rep..Contenu)
			RENVOYER vRéponse.numero
		CAS 401
			RENVOYER "Jeton refusé"
		CAS 400 À 499
			vErreur est un Variant = JSONVersVariant(rep..Contenu)
			RENVOYER ChaîneConstruit("Refusée (%1) : %2", rep..CodeEtat, vErreur.erreur)
		AUTRE CAS
			RENVOYER "Serveur indisponible : " + rep..CodeEtat + " " + rep..DescriptionCodeEtat
	FIN
