// Taux de change du jour (fichier XML de la banque centrale) : téléchargé une fois, puis
// redemandé avec son ETag ; le serveur répond 304 tant qu'il n'a pas changé et le
// fichier gardé en cache sert. Le taux est lu dans le XML avec les fonctions de chaîne.
CONSTANTE
	URL_TAUX = "http://127.0.0.1:{port}/stats/eurofxref-daily.xml"
FIN

gsCache est une chaîne = fRepTemp() + [fSep()] + "taux_{port}.xml"
gsETag est une chaîne = gsCache + ".etag"

Trace("USD", TauxDuJour("USD"))
Trace("CHF", TauxDuJour("chf"))
Trace("JPY", TauxDuJour("JPY"))
Trace("XXX", TauxDuJour("XXX"))
fSupprime(gsCache) ; fSupprime(gsETag)

PROCÉDURE TauxDuJour(LOCAL sDevise est une chaîne) : réel
	sXML est une chaîne = XMLDesTaux()
	SI sXML = "" ALORS RENVOYER 0
	nPos est un entier = Position(sXML, "currency='" + Majuscule(sDevise) + "'")
	SI nPos = 0 ALORS
		Trace("devise inconnue : " + sDevise)
		RENVOYER 0
	FIN
	sTaux est une chaîne = ExtraitChaîne(Milieu(sXML, nPos), 4, "'")
	RENVOYER Val(sTaux)

PROCÉDURE XMLDesTaux() : chaîne
	req est une httpRequête
	req.URL = URL_TAUX
	SI fFichierExiste(gsETag) ET fFichierExiste(gsCache) ALORS
		req.Entête["If-None-Match"] = fChargeTexte(gsETag)
	FIN
	rep est une httpRéponse = HTTPEnvoie(req)
	SI ErreurDétectée ALORS
		Trace("réseau : " + ErreurInfo(errMessage))
		RENVOYER ""
	FIN
	SELON rep.CodeEtat
		CAS 200
			fSauveTexte(gsCache, rep.Contenu)
			fSauveTexte(gsETag, rep.Entête["ETag"])
			Trace("téléchargé")
			RENVOYER rep.Contenu
		CAS 304
			Trace("inchangé, cache")
			RENVOYER fChargeTexte(gsCache)
		AUTRE CAS
			Trace("code " + rep.CodeEtat)
	FIN
	RENVOYER ""
