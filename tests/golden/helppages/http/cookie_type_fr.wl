// Page d'aide Cookie (type) ?1000019222, en français : son exemple tel qu'écrit, sur la
// boucle locale. La page relit « les cookies de la session précédente » dans
// MesCookies.xml : ce fichier est écrit d'abord, par Sérialise d'un tableau de Cookie (un
// cookie sans Domaine, qui prend celui de l'appel ; un d'un autre domaine). Le
// ".yahoo.com" et le "www.yahoo.com" de la page sont 127.0.0.1 et un petit serveur web à
// nous (une socket dans un thread, qui répond à une requête par l'entête Cookie reçu et
// pose son propre cookie).
gsEntêteCookie est une chaîne
nPort est un entier
BOUCLE (20)  // un port libre, sous ceux du système (32768 et plus) : d'autres serveurs tournent
	nPort = 20000 + Hasard(1, 12000)
	SI SocketCrée("Web", nPort) ALORS SORTIR
FIN
ThreadExécute("ServeurWeb", threadNormal, RépondUneRequête)
sFichier est une chaîne = fRepTemp() + "/MesCookies_" + nPort + ".xml"
// la session précédente
tabGardés est un tableau de Cookie
cGardé est un Cookie
cGardé.Nom = "SESSION"
cGardé.Valeur = "abc123"
cGardé.Chemin = "/"
cGardé.Commentaire = "gardé par la session précédente"
TableauAjoute(tabGardés, cGardé)
cGardé.Nom = "langue"
cGardé.Valeur = "fr"
cGardé.Domaine = "autre.exemple"
TableauAjoute(tabGardés, cGardé)
sGardés est une chaîne
Sérialise(tabGardés, sGardés, psdXML)
fSauveTexte(sFichier, sGardés)

// Relecture des cookies de la session précédente
MesCookies est un tableau de Cookie
Désérialise(MesCookies, fChargeTexte(sFichier), psdXML)
Trace(TableauOccurrence(MesCookies), MesCookies[1].Nom, MesCookies[1].Commentaire, MesCookies[2].Domaine)   // expect: 2, SESSION, gardé par la session précédente, autre.exemple
// Activation de la gestion des cookies
HTTPCookieGère(Vrai)
HTTPCookieRemplace("127.0.0.1", MesCookies)
// Requête (les cookies seront envoyés au serveur Web)
HTTPRequête("127.0.0.1:" + nPort)
ThreadAttend("ServeurWeb")
Trace(gsEntêteCookie)   // expect: Cookie: SESSION=abc123
// ce que le serveur a posé est gardé à côté
tabMaintenant est un tableau de Cookie = HTTPCookieRécupère("127.0.0.1")
Trace(TableauOccurrence(tabMaintenant), tabMaintenant[1].Nom, tabMaintenant[2].Nom, tabMaintenant[2].Valeur)   // expect: 2, SESSION, visite, 1
Trace(HTTPCookieLit("autre.exemple", "LANGUE"))   // expect: fr
fSupprime(sFichier)

PROCÉDURE RépondUneRequête()
SocketAttendConnexion("Web")
sClient est une chaîne = SocketAccepte("Web")
SocketChangeModeTransmission(sClient, SocketSansMarqueurFin)
sRequête est une chaîne = SocketLit(sClient)
POUR TOUTE CHAÎNE sLigne DE sRequête SÉPARÉE PAR RC
	SI sLigne [= "Cookie:" ALORS gsEntêteCookie = sLigne
FIN
SocketEcrit(sClient, "HTTP/1.0 200 OK" + RC + "Content-Type: text/plain" + RC + ...
	"Set-Cookie: visite=1; Path=/" + RC + "Content-Length: 2" + RC + RC + "ok")
SocketFerme(sClient)
