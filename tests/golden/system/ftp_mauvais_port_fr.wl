// FTPConnecte avec un port qui n'en est pas un échoue en le nommant, avant toute
// connexion (docs/builtins.md FTP ; c'était "Connection refused")
Trace(FTPConnecte("127.0.0.1", "util", "mdp", -1), ErreurDétectée)   // expect: -1, 1
Trace(ErreurInfo())                          // expect: FTPConnecte: the port -1 is not a port number (1 to 65535).
Trace(FTPConnecte("127.0.0.1", "util", "mdp", 65536))               // expect: -1
Trace(ErreurInfo())                          // expect: FTPConnecte: the port 65536 is not a port number (1 to 65535).
