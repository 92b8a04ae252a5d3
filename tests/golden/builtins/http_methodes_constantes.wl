// Les méthodes HTTP sont des constantes entières : gardées dans un entier (variable ou
// paramètre), elles restent la méthode ; un nombre qui n'en nomme aucune fait échouer
// l'appel avant tout envoi (ErreurDétectée, une réponse vide)
Trace(MéthodeDe(httpGet), MéthodeDe(httpPatch), MéthodeDe(httpDelete), MéthodeDe(httpHead)) // expect: lecture, écriture, suppression, autre
req est une httpRequête
req.URL = "http://127.0.0.1:9/jamais"
req.Méthode = 77
rep est une httpRéponse = HTTPEnvoie(req)
Trace(ErreurDétectée, rep.CodeEtat) // expect: 1, 0
Trace(ErreurInfo(errMessage)) // expect: HTTPEnvoie: 77 is not an HTTP method (httpGet, httpPost...).

PROCÉDURE MéthodeDe(nMéthode est un entier) : chaîne
r est une httpRequête
r.Méthode = nMéthode
SELON r.Méthode
	CAS httpGet : RENVOYER "lecture"
	CAS httpPost, httpPut, httpPatch : RENVOYER "écriture"
	CAS httpDelete : RENVOYER "suppression"
	AUTRE CAS : RENVOYER "autre"
FIN
