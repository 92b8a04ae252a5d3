// SocketLit ?3070014 (la page anglaise ; jumeau français écrit par nous), sa syntaxe :
// <Attente indéfinie> Vrai par défaut (sans fin), Faux pour attendre au plus <Délai
// maximum>, en millisecondes (1000 par défaut) ; <Nombre maximum d'octets> (4096 par
// défaut) borne ce qu'une lecture rend en mode SocketSansMarqueurFin, le reste gardé
// pour la lecture suivante. Client et serveur sur la boucle locale.
nPort est un entier
BOUCLE (20)
	nPort = 20000 + Hasard(1, 12000)
	SI SocketCrée("srv", nPort) ALORS SORTIR
FIN
Trace(SocketConnecte("cli", nPort), SocketAttendConnexion("srv", 500))   // expect: 1, 1
sCanal est une chaîne = SocketAccepte("srv")
SocketChangeModeTransmission(sCanal, SocketSansMarqueurFin)
SocketChangeModeTransmission("cli", SocketSansMarqueurFin)
// rien d'envoyé : Faux attend 1000 ms, puis 50 ms, et rend ""
Trace("[" + SocketLit(sCanal, Faux) + "]", ErreurDétectée)   // expect: [], 1
Trace("[" + SocketLit(sCanal, Faux, 50) + "]", ErreurDétectée)   // expect: [], 1
Trace(SocketEcrit("cli", "abcdefghij"))   // expect: 1
Trace(SocketLit(sCanal, Faux, 2000, 4))   // expect: abcd
Trace(SocketLit(sCanal, Faux, 2 s, 4))   // expect: efgh
nMaxi est un entier = 100
Trace(SocketLit(sCanal, Faux, "2 s", nMaxi), nMaxi)   // expect: ij, 100
SocketFerme("cli")
SocketFerme(sCanal)
SocketFerme("srv")
