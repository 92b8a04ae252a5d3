// Un port hors de 0-65535 est une erreur non fatale des fonctions socket
Trace(SocketCrée("t", 70000), ErreurDétectée) // expect: 0, 1
Trace(SocketCréeUDP("u", 65536), ErreurDétectée) // expect: 0, 1
Trace(SocketConnecte("c", 70000, "127.0.0.1", 50), ErreurDétectée) // expect: 0, 1
Trace(Position(ErreurInfo(), "0 to 65535") > 0) // expect: 1
Trace(SocketCreeSSL("s", 70000, "", SocketTLS1_2, fRepTemp() + "/wl_certificat_absent.pem"), ErreurDétectée) // expect: 0, 1
Trace(SocketConnecteSSL("s", SocketTLS1_2, -5, "127.0.0.1", 50), ErreurDétectée) // expect: 0, 1
