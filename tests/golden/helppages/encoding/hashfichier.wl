// Pages d'aide HashFichier (?1000007112) et HashVérifieFichier (?1000007114) de
// doc.pcsoft.fr, leurs exemples tels qu'écrits, sur des fichiers du répertoire
// temporaire (écrits d'abord) au lieu de C:\ et D:\ ; le « traitement sur le fichier »
// ajoute une ligne au fichier.
sRep est une chaîne = fRepTemp() + fSep()
fSauveTexte(sRep + "wl_pageaide_FichierA.txt", "même contenu")
fSauveTexte(sRep + "wl_pageaide_FichierB.txt", "même contenu")
// Calcul du Hash de deux fichiers
Hash1 est un Buffer = HashFichier(HA_MD5_128, sRep + "wl_pageaide_FichierA.txt")
Hash2 est un Buffer = HashFichier(HA_MD5_128, sRep + "wl_pageaide_FichierB.txt")
// Comparaison des deux Hash
SI Hash1 = Hash2 ALORS Info("Les deux fichiers sont identiques.") // expect: Les deux fichiers sont identiques.
// Calcul du Hash du fichier "C:\Temp\Fichier.txt"
HashMonFichier est une chaîne
HashMonFichier = HashFichier(HA_MD5_128, sRep + "wl_pageaide_FichierA.txt")
SI HashVérifieFichier(HA_MD5_128, sRep + "wl_pageaide_FichierA.txt", ...
HashMonFichier) = Vrai ALORS
	Trace("Le fichier n'a pas été modifié.") // expect: Le fichier n'a pas été modifié.
FIN
// Traitement sur le fichier
fAjouteTexte(sRep + "wl_pageaide_FichierA.txt", " et une suite")
// Test si le fichier a été modifié
SI HashVérifieFichier(HA_MD5_128, sRep + "wl_pageaide_FichierA.txt", ...
HashMonFichier) = Faux ALORS
	Info("Le fichier a été modifié.") // expect: Le fichier a été modifié.
FIN
fSupprime(sRep + "wl_pageaide_FichierA.txt")
fSupprime(sRep + "wl_pageaide_FichierB.txt")
