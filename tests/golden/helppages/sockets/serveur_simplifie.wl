// Pages d'aide « Créer un serveur de socket simplifié » ?3070001 et SocketLit ?3070014,
// en français, sur la boucle locale : le serveur échange avec un seul client sans
// SocketAccepte (la connexion se fait à la première lecture réussie du serveur).
// Les ports sont tirés sous 32768, là où Linux tire ceux des connexions sortantes (un
// port reste pris un moment après la fin de sa connexion), et tirés de nouveau quand un
// autre programme en tient un (CrééSurUnPortLibre) : un seul tirage échouait parfois sur
// une machine chargée.
gsLuParClient est une chaîne
nPort est un entier = CrééSurUnPortLibre("Serveur")
Trace(nPort > 0, SocketExiste("Serveur"))   // expect: 1, 1
ThreadExécute("Client", threadNormal, PosteClient, nPort)
// L'exemple nomme le socket « Serveur », puis « serveur » dans SocketClientInfo : le nom d'un
// socket est sensible à la casse (VERIFIED, la même page), « serveur » ne nomme aucun socket.
sLigne est une chaîne = "1" + TAB + SocketLit("Serveur", Faux) + ...
TAB + SocketClientInfo("serveur", SocketAdresse) + ...
TAB + (SocketClientInfo("serveur", SocketPort) > 0)
Trace(Remplace(sLigne, TAB, " | "))   // expect: 1 | Bonjour serveur |  | 0
Trace(SocketClientInfo("Serveur", SocketAdresse))   // expect: 127.0.0.1
Trace(SocketEcrit("Serveur", "Bonjour client"))   // expect: 1
ThreadAttend("Client")
Trace("le client a lu : " + gsLuParClient)   // expect: le client a lu : Bonjour client
SocketFerme("Serveur")
Trace(SocketExiste("Serveur"))   // expect: 0
CrééSurUnPortLibre("Seul")
Trace(SocketEcrit("Seul", "quelqu'un ?"), ErreurDétectée)   // expect: 0, 1
SocketFerme("Seul")

PROCÉDURE PosteClient(nPortServeur est un entier)
SocketConnecte("VersServeur", nPortServeur, "127.0.0.1")
SocketEcrit("VersServeur", "Bonjour serveur")
gsLuParClient = SocketLit("VersServeur")
SocketFerme("VersServeur")

PROCÉDURE CrééSurUnPortLibre(sNom est une chaîne)
BOUCLE (20)
	nPort est un entier = 20000 + Hasard(1, 12000)
	SI SocketCrée(sNom, nPort) ALORS RENVOYER nPort
FIN
RENVOYER 0
