// Dépôt des factures sur le portail d'un grand compte : HTTPS avec le certificat client
// de l'entreprise (.p12), gardé en base64 dans les paramètres de l'application et jamais
// écrit sur le disque ; son mot de passe est gardé à part.
CONSTANTE
	URL_PORTAIL = "https://localhost:{port}/depot"
FIN

gbufCertificat est un Buffer
gsMotDePasse est une chaîne

SI PAS ChargeCertificat("{b64}", "s3cret") ALORS
	Trace("certificat illisible")
	RETOUR
FIN
tabFactures est un tableau de chaînes = ["FA-1001", "FA-1002"]
POUR TOUT sNum DE tabFactures
	Trace(sNum + " : " + DéposeFacture(sNum, ConstruitXML(sNum, 1250.5)))
FIN
// le mot de passe a changé sans que les paramètres suivent : le dépôt échoue, en clair
gsMotDePasse = "ancien-mot-de-passe"
Trace("FA-1003 : " + DéposeFacture("FA-1003", ConstruitXML("FA-1003", 10)))

PROCÉDURE ChargeCertificat(LOCAL sBase64 est une chaîne, LOCAL sMdp est une chaîne) : booléen
	gbufCertificat = Décode(sBase64, encodeBASE64)
	gsMotDePasse = sMdp
	RENVOYER Taille(gbufCertificat) > 0

PROCÉDURE ConstruitXML(sNum est une chaîne, mMontant est un monétaire) : chaîne
	RENVOYER ChaîneConstruit("<?xml version=""1.0"" encoding=""UTF-8""?><facture numero=""%1""><montant devise=""EUR"">%2</montant><libelle>Prestation d'étude</libelle></facture>", sNum, mMontant)

PROCÉDURE DéposeFacture(sNum est une chaîne, sXML est une chaîne) : chaîne
	req est une httpRequête
	req..URL = URL_PORTAIL + "/" + sNum
	req..Méthode = httpPost
	req..ContentType = "application/xml; charset=utf-8"
	req..Contenu = sXML
	req..CertificatClient = gbufCertificat
	req..MotDePasseCertificatClient = gsMotDePasse
	req..DuréeNonRéponse = 5000
	rep est une httpRéponse = HTTPEnvoie(req)
	SI ErreurDétectée ALORS RENVOYER "échec (" + ErreurInfo(errMessage) + ")"
	RENVOYER rep..CodeEtat + " " + rep..Contenu
