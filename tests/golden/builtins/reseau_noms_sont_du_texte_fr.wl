// Un paramètre nom des fonctions Socket, FTP et dossiers d'e-mails (le nom d'une
// socket, un fichier ou un répertoire du serveur, un dossier IMAP) est un texte : un
// tableau y arrête l'exécution dans les mots de tout paramètre texte, avant que la
// connexion soit regardée, et wl check le signale (WL115) ; l'exécution disait "cannot
// be converted to a string" et wl check rien (docs/check.md WL115).
t est un tableau de chaînes = ["a"]
s est un emailSessionIMAP
QUAND EXCEPTION DANS
	SocketExiste(t) // wl: ignore[WL115]
FAIRE
	Trace(ExceptionInfo()) // expect: SocketExiste expects a string, not a value of type array.
FIN
QUAND EXCEPTION DANS
	SocketCréeUDP(t, 0) // wl: ignore[WL115]
FAIRE
	Trace(ExceptionInfo()) // expect: SocketCréeUDP expects a string, not a value of type array.
FIN
QUAND EXCEPTION DANS
	FTPTaille(0, t) // wl: ignore[WL115]
FAIRE
	Trace(ExceptionInfo()) // expect: FTPTaille expects a string, not a value of type array.
FIN
QUAND EXCEPTION DANS
	FTPConnecte(t) // wl: ignore[WL115]
FAIRE
	Trace(ExceptionInfo()) // expect: FTPConnecte expects a string, not a value of type array.
FIN
EmailChangeDossier(s, t) // expect error: EmailChangeDossier expects a string, not a value of type array
