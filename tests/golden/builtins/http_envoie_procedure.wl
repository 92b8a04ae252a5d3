// Jumeau français de http_send_procedure.wl : la syntaxe asynchrone de HTTPEnvoie,
// HTTPEnvoie(<requête>, <procédure>) (?1000021183), et <requête>.Envoie(<procédure>)
// (?1000021624) : la procédure reçoit la httpRéponse, appelée avant que HTTPEnvoie ne
// rende la main (décidé, INFERRED : docs/builtins.md "HTTPSend"). Une requête qui échoue
// l'appelle aussi, avec une réponse vide et ErreurDétectée à Vrai.
nPort est un entier
BOUCLE (20)  // un port libre, sous ceux du système (32768 et plus)
	nPort = 20000 + Hasard(1, 12000)
	SI SocketCrée("Web", nPort) ALORS SORTIR
FIN
ThreadExécute("ServeurWeb", threadNormal, RépondreDeuxFois)

r est une httpRequête
r.URL = "http://127.0.0.1:" + nPort + "/stock"
HTTPEnvoie(r, StockRépondu)
// expect: répondu : 200 <p>12 en stock</p>
Trace("HTTPEnvoie a rendu " + ErreurDétectée)   // expect: HTTPEnvoie a rendu 0
r.Envoie(StockRépondu)
// expect: répondu : 200 <p>12 en stock</p>
ThreadAttend("ServeurWeb")
SocketFerme("Web")

r.URL = "http://127.0.0.1:1/stock"   // rien n'écoute là : refusé
HTTPEnvoie(r, StockRépondu)
// expect: répondu : 0  (erreur : 1)
Trace("HTTPEnvoie a rendu " + ErreurDétectée)   // expect: HTTPEnvoie a rendu 1
Trace(ExtraitChaîne(ErreurInfo(errMessage), 1, " ("))
// expect: HTTPEnvoie: the request to http://127.0.0.1:1/stock failed

PROCÉDURE StockRépondu(Réponse est une httpRéponse)
SI ErreurDétectée ALORS
	Trace("répondu : " + Réponse.CodeEtat + " " + Réponse.Contenu + " (erreur : " + ErreurDétectée + ")")
SINON
	Trace("répondu : " + Réponse.CodeEtat + " " + Réponse.Contenu)
FIN

PROCÉDURE RépondreDeuxFois()
BOUCLE (2)
	SocketAttendConnexion("Web")
	sClient est une chaîne = SocketAccepte("Web")
	SocketChangeModeTransmission(sClient, SocketSansMarqueurFin)
	SocketLit(sClient)
	SocketEcrit(sClient, "HTTP/1.0 200 OK" + RC + "Content-Type: text/html" + RC + ...
		"Content-Length: 18" + RC + RC + "<p>12 en stock</p>")
	SocketFerme(sClient)
FIN
