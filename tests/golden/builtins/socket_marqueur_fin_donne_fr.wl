// Le marqueur de fin de SocketChangeModeTransmission (?3070005) : sans marqueur, CR LF ;
// un texte donné finit chaque message ; un marqueur vide avec SocketMarqueurFin est refusé
// (Faux, ErreurDétectée, le socket garde son mode : aucun message ne pourrait finir ; il
// était lu comme CR LF, sans rien dire). Avec SocketSansMarqueurFin ou SocketTailleDébut
// un marqueur ne sert à rien : un marqueur vide y est accepté. La valeur de
// SocketMarqueurFin : 2 (VÉRIFIÉ, docs/builtins.md). Sur la boucle locale.
Trace(SocketMarqueurFin, SocketTailleDébut, SocketSansMarqueurFin)   // expect: 2, 1, 3
nPort est un entier = CrééSurUnPortLibre("Serveur")
Trace(nPort > 0)   // expect: 1
Trace(SocketConnecte("cli", nPort), SocketAttendConnexion("Serveur", 2000))   // expect: 1, 1
sCanal est une chaîne = SocketAccepte("Serveur")
Trace(SocketChangeModeTransmission("cli", SocketMarqueurFin, ""), ErreurDétectée)   // expect: 0, 1
Trace(ErreurInfo(errMessage))   // expect: SocketChangeModeTransmission: the end marker given is empty, so no message could end; give the text that ends each message (CR LF when none is given). The socket keeps its mode.
// toujours la taille au début, des deux côtés
Trace(SocketEcrit("cli", "un|deux"), SocketLit(sCanal))   // expect: 1, un|deux
Trace(SocketChangeModeTransmission("cli", SocketMarqueurFin, "|"), ErreurDétectée)   // expect: 1, 0
Trace(SocketChangeModeTransmission(sCanal, SocketMarqueurFin, "|"))   // expect: 1
Trace(SocketEcrit("cli", "a" + RC + "b"), SocketEcrit("cli", "c"))   // expect: 1, 1
Trace(Taille(SocketLit(sCanal)), SocketLit(sCanal))   // expect: 4, c
Trace(SocketChangeModeTransmission("cli", SocketSansMarqueurFin, ""), ErreurDétectée)   // expect: 1, 0
Trace(SocketChangeModeTransmission("cli", SocketTailleDébut, ""))   // expect: 1
SocketFerme("cli")
SocketFerme(sCanal)
SocketFerme("Serveur")

PROCÉDURE CrééSurUnPortLibre(sNom est une chaîne)
BOUCLE (20)
	nPortTiré est un entier = 20000 + Hasard(1, 12000)
	SI SocketCrée(sNom, nPortTiré) ALORS RENVOYER nPortTiré
FIN
RENVOYER 0
