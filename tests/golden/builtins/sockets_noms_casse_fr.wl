// Le nom d'un socket tient compte de la casse : VERIFIED, « Attention : le nom du socket
// est sensible à la casse » (SocketLit ?3070014, SocketCréeSSL ?1000017041,
// SocketConnecteSSL ?1000017042). « Serveur » et « serveur » sont deux sockets ; un nom
// qui ne diffère d'un socket ouvert que par la casse échoue comme tout nom inconnu.
Trace(SocketCréeUDP("Serveur", 0)) // expect: 1
Trace(SocketExiste("Serveur"), SocketExiste("serveur"), SocketExiste("SERVEUR")) // expect: 1, 0, 0
Trace(SocketCréeUDP("serveur", 0), ErreurDétectée) // expect: 1, 0
Trace(SocketExiste("serveur")) // expect: 1
SocketFerme("serveur")
Trace(SocketExiste("Serveur"), SocketExiste("serveur")) // expect: 1, 0
Trace(SocketEcrit("SERVEUR", "bonjour"), ErreurDétectée) // expect: 0, 1
Trace(ErreurInfo(errMessage)) // expect: SocketEcrit: there is no socket named 'SERVEUR' (a socket's name is case sensitive: 'Serveur' is open).
SocketFerme("SERVEUR")
Trace(ErreurDétectée, SocketExiste("Serveur")) // expect: 1, 1
SocketFerme("Serveur")
Trace(SocketExiste("Serveur")) // expect: 0
