// Le type ftpConnexion (?1410090869) : ses propriétés, leurs valeurs par défaut, et
// FTPConnecte qui le reçoit ; aucun serveur n'écoute le port 1 ici, la connexion échoue
// (-1, ErreurDétectée), comme la première syntaxe de FTPConnecte.
cnx est une ftpConnexion
Trace(cnx.Serveur = "", cnx.NuméroPort, cnx.TypeConnexion = ftpModePassif, cnx.ModeFTPES) // expect: 1, 21, 1, 0
cnx.Serveur = "127.0.0.1"
cnx.NumeroPort = 1
cnx.TypeConnexion = ftpModeActif
cnx.DélaiConnexion = 2
cnx.Utilisateur = "anne"
Trace(cnx.serveur, cnx.NUMÉROPORT, cnx.Utilisateur, cnx.DelaiConnexion) // expect: 127.0.0.1, 1, anne, 2
Trace(FTPConnecte(cnx), ErreurDétectée) // expect: -1, 1
cnx.Hôte = "x" // expect error: An ftpConnection variable has no property 'Hôte'
