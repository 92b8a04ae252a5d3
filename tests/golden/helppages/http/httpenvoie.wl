// Pages d'aide HTTPEnvoie ?1000021183 et httpRequête ?1000021158, en français, sur la
// boucle locale (un petit serveur web à nous à la place de www.pcsoft.fr).
gsLigneRequête est une chaîne
nPort est un entier
BOUCLE (20)  // un port libre, sous ceux du système (32768 et plus) : d'autres serveurs tournent
	nPort = 20000 + Hasard(1, 12000)
	SI SocketCrée("Web", nPort) ALORS SORTIR
FIN
ThreadExécute("ServeurWeb", threadNormal, RépondUneRequête)

cMaRequête est une httpRequête
cMaRequête.URL = "http://127.0.0.1:" + nPort + "/"
cMaRéponse est une httpRéponse = HTTPEnvoie(cMaRequête)
SI ErreurDétectée ALORS
	Trace(ErreurInfo(errComplet))
SINON
	Trace(cMaRéponse.Contenu)   // expect: <p>Bonjour</p>
FIN
Trace(cMaRéponse.CodeEtat)   // expect: 200
ThreadAttend("ServeurWeb")
Trace("le serveur a lu : " + gsLigneRequête)   // expect: le serveur a lu : GET / HTTP/1.1
SocketFerme("Web")

PROCÉDURE RépondUneRequête()
SocketAttendConnexion("Web")
sClient est une chaîne = SocketAccepte("Web")
SocketChangeModeTransmission(sClient, SocketSansMarqueurFin)
gsLigneRequête = ExtraitChaîne(SocketLit(sClient), 1, RC)
SocketEcrit(sClient, "HTTP/1.0 200 OK" + RC + "Content-Type: text/html" + RC + ...
	"Content-Length: 14" + RC + RC + "<p>Bonjour</p>")
SocketFerme(sClient)
