// une propriété qu'une variable d'un type de la bibliothèque n'a pas arrête l'exécution,
// et `wl check` le dit avant (WL109, avec les mots de l'exécution et un « did you mean ») ;
// celles qu'elle a se lisent toujours
c est un ftpConnexion
c.Serveur = "ftp.example.org"
Trace(c.Serveur, c..NuméroPort) // expect: ftp.example.org, 21
QUAND EXCEPTION DANS
    Trace(c.Serveu) // wl: ignore[WL109]
FAIRE
    Trace(ExceptionInfo()) // expect: An ftpConnection variable has no property 'Serveu' (wlinterp has Server, User, Password, PortNumber, ConnectionType, Timeout, PrivateKey, PrivateKeyPassword, FTPESMode).
FIN
g est un geoPosition
g.Latitude = 48.85
Trace(g..latitude) // expect: 48.85
QUAND EXCEPTION DANS
    Trace(g..Lattitude) // wl: ignore[WL109]
FAIRE
    Trace(ExceptionInfo()) // expect: A geoPosition variable has no property 'Lattitude' (wlinterp has Latitude, Longitude and Altitude).
FIN
e est un Email
QUAND EXCEPTION DANS
    Trace(e.Sujett) // wl: ignore[WL109]
FAIRE
    Trace(ExceptionInfo()) // expect: 'Sujett' is not a member of the Email variable.
FIN
