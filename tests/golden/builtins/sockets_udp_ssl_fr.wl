// Sockets UDP et SSL sans port fixe (les échanges en boucle locale sont dans
// tests/core/test_sockets.py) : ce qui échoue est une erreur non fatale
Trace(SocketCréeUDP("u", 0)) // expect: 1
Trace(SocketExiste("u")) // expect: 1
Trace("[" + SocketClientInfo("u", SocketAdresse) + "]", SocketClientInfo("u", SocketPort)) // expect: [], 0
Trace(SocketEcrit("u", "à personne"), ErreurDétectée) // expect: 0, 1
Trace("[" + SocketLit("u", Vrai, 5) + "]", ErreurDétectée) // expect: [], 1
SocketFerme("u")
Trace(SocketExiste("u")) // expect: 0
Trace(SocketClientInfo("u", SocketPort), ErreurDétectée) // expect: 0, 1
Trace("[" + SocketClientInfo("u", SocketAdresse) + "]", ErreurDétectée) // expect: [], 1
Trace(SocketCréeSSL("s", 0), ErreurDétectée) // expect: 0, 1
Trace(Position(ErreurInfo(), "certificate is needed") > 0) // expect: 1
Trace(SocketCreeSSL("s", 0, "", SocketTLS1_2, fRepTemp() + "/wl_certificat_absent.pem")) // expect: 0
Trace(ErreurDétectée, SocketExiste("s")) // expect: 1, 0
