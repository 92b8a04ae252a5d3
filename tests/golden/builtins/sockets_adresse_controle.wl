// Une adresse de socket contenant un caractère de contrôle (un NUL lu dans un fichier, un
// retour chariot) est une erreur non fatale qui la cite : SocketCrée et SocketCréeUDP
// arrêtaient le programme (« host name must not contain null character »)
sAdresse est une chaîne = "127.0.0.1" + Caract(0)
Trace(SocketCrée("srv", 0, sAdresse), ErreurDétectée) // expect: 0, 1
Trace(ErreurInfo(errMessage)) // expect: SocketCrée: the address '127.0.0.1\x00' holds a control character.
Trace(SocketCréeUDP("udp", 0, sAdresse), ErreurDétectée) // expect: 0, 1
Trace(SocketConnecte("cli", 80, "exemple.fr" + RC), ErreurDétectée) // expect: 0, 1
Trace(ErreurInfo(errMessage)) // expect: SocketConnecte: the address 'exemple.fr\r\n' holds a control character.
Trace(SocketConnecteSSL("tls", 443, sAdresse), ErreurDétectée) // expect: 0, 1
Trace(SocketExiste("srv"), SocketExiste("udp"), SocketExiste("cli"), SocketExiste("tls")) // expect: 0, 0, 0, 0
