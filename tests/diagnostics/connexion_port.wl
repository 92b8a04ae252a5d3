// Une Connexion n'a pas de propriété Port (UNVERIFIED : docs/hfsql.md "Connection..Port") :
// du vrai code la renseigne comme d'autres bibliothèques ; l'erreur dit que le port
// s'écrit dans Serveur, "hôte:port", que la connexion transmet à la base
cnxFactures est une Connexion
cnxFactures..Provider = hAccèsNatifPostgreSQL
cnxFactures..Serveur = "serveurbd"
cnxFactures..Port = 5432 // error: WL109:14 a Connection has no property 'Port': the port is written in Server, "host:port" (..Server = "dbhost:5432")
cnxFactures..Serveur = "serveurbd:5432"
Trace(cnxFactures..Serveur)
