// Jumeau français de websocket_client_connect.wl : WebSocketClientConnecte (?1410087751),
// syntaxe synchrone, Vrai ou Faux, l'échec dans ErreurInfo. Rien n'écoute sur le port 1.
Trace(WebSocketClientConnecte("wbsocket", "127.0.0.1", 1, "/WW_WebsocketServeur"))   // expect: 0
Trace(ErreurDétectée)   // expect: 1
Trace(ExtraitChaîne(ErreurInfo(errMessage), 1, " ("))
// expect: WebSocketClientConnecte: cannot connect to 127.0.0.1:1
Trace(SocketExiste("wbsocket"))   // expect: 0
Trace(WebSocketClientConnecteSSL("sûr", "127.0.0.1", 1))   // expect: 0
Trace(ErreurDétectée)   // expect: 1
// La syntaxe asynchrone (une procédure par événement) est refusée en toutes lettres :
Trace(WebSocketClientConnecte("client", SurEvénement, "127.0.0.1", 80, "MonProjet"))   // expect: 0
Trace(Position(ErreurInfo(errMessage), "asynchronous syntax") > 0)   // expect: 1

PROCÉDURE SurEvénement(nEvénement, sMessage)
Trace(nEvénement, sMessage)
