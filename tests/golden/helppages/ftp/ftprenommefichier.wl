// Page d'aide FTPRenommeFichier ?3040005, en français : son exemple tel qu'écrit. L'extrait
// de la page commence à l'appel, avec la connexion numéro 7 et Res non déclaré : Res est
// déclaré ici, et aucun FTPConnecte n'a donné 7, donc l'appel échoue sans arrêter le
// programme (Faux, ErreurDétectée), en nommant la connexion. Le renommage sur un vrai
// serveur : tests/stdlib/test_ftp.py.
Res est un booléen
// Le fichier "/Documents/Fichier.txt" est renommé en "/Documents/Brouillon.txt"
Res = FTPRenommeFichier(7, "/Documents/Fichier.txt", "/Documents/Brouillon.txt")
Trace(Res, ErreurDétectée)   // expect: 0, 1
Trace(ErreurInfo(errMessage))   // expect: FTPRenommeFichier: there is no FTP connection number 7 (FTPConnect gives it).
