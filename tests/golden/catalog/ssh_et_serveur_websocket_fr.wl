// Les fonctions SSH et celles d'un projet WEBDEV "serveur WebSocket" se compilent et, à
// l'exécution, s'arrêtent en nommant leur famille et la raison (décidé, docs/builtins.md
// "Catalogued families"). Jumeau anglais : ssh_and_websocket_server_en.wl.
Essaie("ssh")  // expect: ssh
// expect: SSHExécuteCommande is an SSH function: not available in wlinterp (an SSH client needs a library wlinterp does not include; a command can be run on a server through the system's ssh program, ExeRun / LanceAppli with "ssh user@server command").
Essaie("liste")  // expect: liste
// expect: WebSocketListeClientConnecté is a WebSocket server function: it runs only in a WEBDEV "WebSocket server" project, which the WEBDEV Application Server hosts (on Windows with IIS); wlinterp runs the client's side: WebSocketClientConnect.
Essaie("envoi")  // expect: envoi
// expect: WebSocketEnvoie is a WebSocket server function: it runs only in a WEBDEV "WebSocket server" project, which the WEBDEV Application Server hosts (on Windows with IIS); wlinterp runs the client's side: WebSocketClientConnect.

PROCÉDURE Essaie(s est une chaîne)
QUAND EXCEPTION DANS
	Trace(s)
	SELON s
		CAS "ssh": SSHExécuteCommande(1, "ls -l") // wl: ignore[WL103]
		CAS "liste": WebSocketListeClientConnecté() // wl: ignore[WL103]
		CAS "envoi": WebSocketEnvoie(1, "bonjour") // wl: ignore[WL103]
	FIN
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN
