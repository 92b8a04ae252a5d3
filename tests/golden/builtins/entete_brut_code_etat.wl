// L'en-tête brut d'une réponse HTTP (HTTPDonneRésultat(httpEntête), httpRéponse.EntêteBrut)
// commence par la ligne d'état envoyée par le serveur ; SocketEcrit envoie tels quels les
// octets de ChaîneVersUTF8 (ils étaient encodés une seconde fois).
nPort est un entier
POUR nEssai = 1 A 5
	nPort = 20000 + Hasard(1, 12000)
	SI SocketCrée("Web", nPort) ALORS SORTIR
FIN
ThreadExécute("Serveur", threadNormal, RépondDeuxFois)
SI HTTPRequête("http://127.0.0.1:" + nPort + "/a") ALORS
	sEntête est une chaîne = HTTPDonneRésultat(httpEntête)
	Trace(ExtraitChaîne(sEntête, 1, RC)) // expect: HTTP/1.1 404 Not Found
	Trace(Val(ExtraitChaîne(sEntête, 2, " "))) // expect: 404
	Trace(HTTPDonneRésultat()) // expect: {"erreur":"référence inconnue"}
FIN
req est un httpRequête
req.URL = "http://127.0.0.1:" + nPort + "/b"
rep est un httpRéponse = HTTPEnvoie(req)
Trace(ExtraitChaîne(rep.EntêteBrut, 1, RC)) // expect: HTTP/1.1 404 Not Found
Trace(rep.CodeEtat) // expect: 404
ThreadAttend("Serveur")
SocketFerme("Web")

PROCÉDURE RépondDeuxFois()
BOUCLE (2)
	SI PAS SocketAttendConnexion("Web", 5000) ALORS SORTIR
	sClient est une chaîne = SocketAccepte("Web")
	SocketChangeModeTransmission(sClient, SocketSansMarqueurFin)
	SocketLit(sClient)
	sCorps est une chaîne = ChaîneVersUTF8("{""erreur"":""référence inconnue""}")
	SocketEcrit(sClient, "HTTP/1.1 404 Not Found" + RC + "Content-Type: application/json; charset=utf-8" + RC + ...
		"Content-Length: " + Taille(sCorps) + RC + RC + sCorps)
	SocketFerme(sClient)
FIN
