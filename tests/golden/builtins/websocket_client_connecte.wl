// Jumeau français de websocket_client_connect.wl : WebSocketClientConnecte (?1410087751),
// syntaxe synchrone, Vrai ou Faux, l'échec dans ErreurInfo. Rien n'écoute sur le port 1.
Trace(WebSocketClientConnecte("wbsocket", "127.0.0.1", 1, "/WW_WebsocketServeur"))   // expect: 0
Trace(ErreurDétectée)   // expect: 1
Trace(ExtraitChaîne(ErreurInfo(errMessage), 1, " ("))
// expect: WebSocketClientConnecte: cannot connect to 127.0.0.1:1
Trace(SocketExiste("wbsocket"))   // expect: 0
Trace(WebSocketClientConnecteSSL("sûr", "127.0.0.1", 1))   // expect: 0
Trace(ErreurDétectée)   // expect: 1
// Un chemin contenant un caractère de contrôle est refusé avant toute tentative : un
// RC terminerait la ligne de la requête et écrirait ses propres en-têtes
Trace(WebSocketClientConnecte("w", "127.0.0.1", 1, "x HTTP/1.1" + RC + "X-Injected: 1"))   // expect: 0
Trace(ErreurDétectée)   // expect: 1
Trace(ErreurInfo(errMessage))
// expect: WebSocketClientConnecte: the path 'x HTTP/1.1\r\nX-Injected: 1' holds a control character.
// La syntaxe asynchrone : la procédure apprend chaque événement, ici l'échec
gnEvénement est un entier
WebSocketClientConnecte("client", SurEvénement, "127.0.0.1", 1, "MonProjet")
BOUCLE (1000)
	SI gnEvénement <> 0 ALORS SORTIR
	ThreadPause(1)
FIN
// (la Trace de la procédure, dans son thread :)
// expect: WebSocketClientConnecte: cannot connect to 127.0.0.1:1
Trace(gnEvénement = SocketErreur)   // expect: 1
Trace(SocketExiste("client"))   // expect: 0

PROCÉDURE SurEvénement(nEvénement, sMessage)
SELON nEvénement
	CAS SocketOuverture, SocketMessage, SocketFermeture
		Trace("inattendu", nEvénement, sMessage)
	CAS SocketErreur
		Trace(ExtraitChaîne(sMessage, 1, " ("))
FIN
gnEvénement = nEvénement
