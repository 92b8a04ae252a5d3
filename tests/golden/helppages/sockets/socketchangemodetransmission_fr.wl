// SocketChangeModeTransmission ?3070005, l'exemple de la page française tel qu'écrit (le
// second bloc dans une procédure, puisqu'il finit par RENVOYER Faux), sur la boucle
// locale : le troisième paramètre CRLF est une constante (RC, soit CR puis LF) ; il était
// « 'CRLF' n'est pas déclaré », un marqueur vide. Puis le marqueur de fin à l'œuvre :
// SocketEcrit l'ajoute après chaque message, SocketLit lit jusqu'à lui, un message à la
// fois, deux messages d'une seule écriture compris.
nPort est un entier = CrééSurUnPortLibre("Serveur")
Trace(nPort > 0)   // expect: 1
// Mise en place du mode de transmission avec EOF comme marqueur de fin
SI SocketChangeModeTransmission("Serveur", SocketMarqueurFin) = Vrai ALORS
	Info("Mode de transmission modifié")   // expect: Mode de transmission modifié
FIN
Trace(SocketConnecte("cli", nPort), SocketAttendConnexion("Serveur", 2000))   // expect: 1, 1
sCanal est une chaîne = SocketAccepte("Serveur")
Trace(AvecCRLF(sCanal), AvecCRLF("cli"))   // expect: 1, 1
Trace(Taille(CRLF), Asc(CRLF[[1]]), Asc(CRLF[[2]]), CRLF = RC)   // expect: 2, 13, 10, 1
Trace(SocketEcrit("cli", "premier"), SocketEcrit("cli", "second" + crlf + "troisième"))   // expect: 1, 1
Trace(SocketLit(sCanal))   // expect: premier
Trace(SocketLit(sCanal))   // expect: second
Trace(SocketLit(sCanal))   // expect: troisième
// un socket inconnu : le second bloc de la page renvoie Faux
Trace(AvecCRLF("personne"), ErreurDétectée)   // expect: 0, 1
SocketFerme("cli")
SocketFerme(sCanal)
SocketFerme("Serveur")

PROCÉDURE AvecCRLF(sNomSocket est une chaîne)
// Mise en place du mode de transmission avec CRLF comme marqueur de fin
SI SocketChangeModeTransmission(sNomSocket, SocketMarqueurFin, CRLF) = Faux ALORS
	RENVOYER Faux
FIN
RENVOYER Vrai

PROCÉDURE CrééSurUnPortLibre(sNom est une chaîne)
BOUCLE (20)
	nPortTiré est un entier = 20000 + Hasard(1, 12000)
	SI SocketCrée(sNom, nPortTiré) ALORS RENVOYER nPortTiré
FIN
RENVOYER 0
