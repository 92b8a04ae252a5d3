// Pages d'aide httpRéponse ?1000021165 et restRéponse ?1000021477, en français (la requête de
// restRéponse renommée : cMaRequete et cMaRequête sont un seul nom, accents ou pas), sur la boucle
// locale (un petit serveur web à nous, un socket dans un thread, à la place de www.pcsoft.fr) ;
// puis ce que disent leurs tableaux : Contenu, ContentType, DescriptionCodeEtat, EntêteBrut et
// CodeEtat sont en lecture seule, Entête donne les en-têtes reçus par leur nom.
gtabRéponses est un tableau de chaînes = ["HTTP/1.0 200 OK" + RC + "Content-Type: text/html" + RC + ...
	"Content-Length: 14" + RC + RC + "<p>Bonjour</p>", ...
	"HTTP/1.0 503 Service Unavailable" + RC + "Content-Type: application/json" + RC + ...
	"Retry-After: 120" + RC + "Content-Length: 22" + RC + RC + "{""erreur"":""entretien""}"]
nPort est un entier
BOUCLE (20)  // un port libre, sous ceux du système (32768 et plus) : d'autres serveurs tournent
	nPort = 20000 + Hasard(1, 12000)
	SI SocketCrée("Web", nPort) ALORS SORTIR
FIN
ThreadExécute("ServeurWeb", threadNormal, RépondreAuxRequêtes)

cMaRequête est une httpRequête
cMaRéponse est une httpRéponse
cMaRequête.URL = "http://127.0.0.1:" + nPort + "/"
cMaRéponse = HTTPEnvoie(cMaRequête)
SI ErreurDétectée ALORS
	Trace(ErreurInfo(errComplet))
SINON
	Trace(cMaRéponse.Contenu)   // expect: <p>Bonjour</p>
FIN
Trace(cMaRéponse.CodeEtat, cMaRéponse.ContentType, cMaRéponse.DescriptionCodeEtat) // expect: 200, text/html, OK

cRequêteEtat est une httpRequête
cRequêteEtat.URL = "http://127.0.0.1:" + nPort + "/etat"
cRéponseEtat est une httpRéponse = RESTEnvoie(cRequêteEtat)
SI ErreurDétectée ALORS
	Trace(ErreurInfo(errComplet))
SINON
	Trace(cRéponseEtat.CodeEtat, cRéponseEtat.DescriptionCodeEtat) // expect: 503, Service Unavailable
FIN
Trace(cRéponseEtat.Entête["Retry-After"], Gauche(cRéponseEtat.EntêteBrut, 12), cRéponseEtat.Contenu) // expect: 120, HTTP/1.0 503, {"erreur":"entretien"}
ThreadAttend("ServeurWeb")
SocketFerme("Web")
QUAND EXCEPTION DANS
	cRéponseEtat.CodeEtat = 200
FAIRE
	Trace(Position(ExceptionInfo(), "read-only") > 0, cRéponseEtat.CodeEtat) // expect: 1, 503
FIN

PROCÉDURE RépondreAuxRequêtes()
POUR TOUT sRéponse DE gtabRéponses
	SocketAttendConnexion("Web")
	sClient est une chaîne = SocketAccepte("Web")
	SocketChangeModeTransmission(sClient, SocketSansMarqueurFin)
	SocketLit(sClient)
	SocketEcrit(sClient, sRéponse)
	SocketFerme(sClient)
FIN
