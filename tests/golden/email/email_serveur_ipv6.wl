// Un serveur donné par son adresse IPv6, nue ou entre crochets comme dans une URL : la session
// va à cette adresse et les erreurs la montrent [::1]:port. "[::1]" était cherché comme un nom
// d'hôte et échouait ("[[::1]]:1 ... could not be resolved") ; un serveur POP3 ::1 se lisait
// "::1:1". Port 1 de la boucle locale : rien n'y écoute.
Trace(EmailOuvreSessionSMTP("anne@example.org", "[::1]", 1), Gauche(ErreurInfo(errMessage), 31)) // expect: 0, SMTP server [::1]:1, connection
Trace(Position(ErreurInfo(errMessage), "resolved") = 0) // expect: 1
Trace(EmailOuvreSessionSMTP("bob@example.org", "::1", 1), Gauche(ErreurInfo(errMessage), 31)) // expect: 0, SMTP server [::1]:1, connection
Trace(EmailOuvreSessionPOP3("carole@example.org", "mdp", "::1", 1), Gauche(ErreurInfo(errMessage), 31)) // expect: 0, POP3 server [::1]:1, connection
Trace(EmailOuvreSessionIMAP("dan@example.org", "mdp", "[::1]", 1), Gauche(ErreurInfo(errMessage), 31)) // expect: 0, IMAP server [::1]:1, connection
// De même pour FTP et les sockets : "[::1]" donnait "Name or service not known"
Trace(FTPConnecte("[::1]", "anne", "mdp", 1), Position(ErreurInfo(errMessage), "not known") = 0) // expect: -1, 1
Trace(SocketConnecte("s", 1, "[::1]", 500), Gauche(ErreurInfo(errMessage), 43)) // expect: 0, SocketConnecte: cannot connect to [::1]:1 (
