// Page d'aide restRequête (Type de variable) ?1000021481, en français, sur la boucle
// locale (un petit serveur web à nous à la place de www.pcsoft.fr) : l'exemple de la
// page (une httpRequête envoyée par RESTEnvoie), puis les types restRequête/restRéponse.
gsLigneRequête est une chaîne
nPort est un entier
BOUCLE (20)  // un port libre, sous ceux du système (32768 et plus) : d'autres serveurs tournent
	nPort = 20000 + Hasard(1, 12000)
	SI SocketCrée("Web", nPort) ALORS SORTIR
FIN
ThreadExécute("ServeurWeb", threadNormal, RépondRequêtes, 2)

cMaRequête est une httpRequête
cMaRequête.URL = "http://127.0.0.1:" + nPort + "/api"
cMaRéponse est une httpRéponse = RESTEnvoie(cMaRequête)
SI ErreurDétectée ALORS
	Trace(ErreurInfo(errComplet))
SINON
	Trace(cMaRéponse.Contenu)   // expect: {"ok":true}
FIN
Trace(cMaRéponse.CodeEtat, gsLigneRequête)   // expect: 200, GET /api HTTP/1.1
rq est un restRequête
rq.URL = "http://127.0.0.1:" + nPort + "/api/articles"
rq.Méthode = httpPost
rq.Contenu = "{""nom"":""x""}"
rs est un restRéponse = RESTEnvoie(rq)
Trace(ErreurDétectée, rs.CodeEtat, rs.Contenu)   // expect: 0, 200, {"ok":true}
ThreadAttend("ServeurWeb")
Trace(gsLigneRequête)   // expect: POST /api/articles HTTP/1.1
SocketFerme("Web")

PROCÉDURE RépondRequêtes(nNombre est un entier)
BOUCLE (nNombre)
	SocketAttendConnexion("Web")
	sClient est une chaîne = SocketAccepte("Web")
	SocketChangeModeTransmission(sClient, SocketSansMarqueurFin)
	gsLigneRequête = ExtraitChaîne(SocketLit(sClient), 1, RC)
	SocketEcrit(sClient, "HTTP/1.0 200 OK" + RC + "Content-Type: application/json" + RC + ...
		"Content-Length: 11" + RC + RC + "{""ok"":true}")
	SocketFerme(sClient)
FIN
