// HReconnecte (?1000017278) : les connexions perdues avec le serveur ou le réseau sont
// rouvertes, les autres ne changent pas. Une base fichier n'est jamais perdue : Vrai, et
// les enregistrements sont là. (Une connexion PostgreSQL perdue :
// tests/hfsql/test_connection_loss.py.)
fd est une Description de Fichier
rub est une Description de Rubrique
fd..Nom = "Client"
rub..Nom = "Nom" ; rub..Type = hRubriqueTexte ; rub..Taille = 30 ; rub..TypeClé = hCléUnique
HDécritRubrique(fd, rub)
HDécritFichier(fd)
HCréation(Client)
HRAZ(Client)
Client.Nom = "Zoé" // wl: ignore[WL101] (rubrique d'un fichier décrit à l'exécution)
HAjoute(Client)
Trace(HReconnecte(), HErreur()) // expect: 1, 0
Trace(HNbEnr(Client)) // expect: 1
SI HLitRecherchePremier(Client, Nom, "Zoé") ALORS Trace(Client.Nom) // expect: Zoé
