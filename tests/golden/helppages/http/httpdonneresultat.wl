// Pages d'aide HTTPDonneRésultat ?3043001 et HTTPRequête ?3043007, en français, sur la
// boucle locale (un petit serveur web à nous, avec un cookie).
gsLigneRequête est une chaîne
nPort est un entier
BOUCLE (20)  // un port libre, sous ceux du système (32768 et plus) : d'autres serveurs tournent
	nPort = 20000 + Hasard(1, 12000)
	SI SocketCrée("Web", nPort) ALORS SORTIR
FIN
ThreadExécute("ServeurWeb", threadNormal, RépondUneRequête)
ResDébut est un booléen
ResDébut = HTTPRequête("http://127.0.0.1:" + nPort + "/")
SI ResDébut = Vrai ALORS
	ResCode est une chaîne = HTTPDonneRésultat()
	Trace("Code HTML : " + ResCode)   // expect: Code HTML : <p>Bonjour</p>
	ResEntête est une chaîne = HTTPDonneRésultat(httpEntête)
	Trace("Entête : " + (Position(ResEntête, "Content-Type: text/html") > 0))   // expect: Entête : 1
	ResCookie est une chaîne = HTTPDonneRésultat(httpCookie)
	Trace("Cookie : " + ResCookie)   // expect: Cookie : session=42; Path=/
FIN
ThreadAttend("ServeurWeb")
Trace(gsLigneRequête)   // expect: GET / HTTP/1.1

PROCÉDURE RépondUneRequête()
SocketAttendConnexion("Web")
sClient est une chaîne = SocketAccepte("Web")
SocketChangeModeTransmission(sClient, SocketSansMarqueurFin)
gsLigneRequête = ExtraitChaîne(SocketLit(sClient), 1, RC)
SocketEcrit(sClient, "HTTP/1.0 200 OK" + RC + "Content-Type: text/html" + RC + ...
	"Set-Cookie: session=42; Path=/" + RC + "Content-Length: 14" + RC + RC + "<p>Bonjour</p>")
SocketFerme(sClient)
