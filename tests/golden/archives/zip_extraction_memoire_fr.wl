// zipExtraitFichier « en mémoire » (?3082019 : le résultat est alors le buffer
// contenant le fichier extrait) : avec zipMémoire (nom INFERRED) rien n'est écrit sur
// le disque ; un fichier absent de l'archive donne son code d'erreur
sRep est une chaîne = fRepTemp() + fSep() + "wl_zipmemfr_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + fSep() + "Facture.csv", "id;total" + RC + "1;12,50")
Arch est une zipArchive
zipCrée(Arch, sRep + fSep() + "Archive.zip")
zipAjouteFichier(Arch, sRep + fSep() + "Facture.csv")
fSupprime(sRep + fSep() + "Facture.csv")
bufFichier est un Buffer = zipExtraitFichier(Arch, "Facture.csv", zipMemoire)
Trace(Taille(bufFichier), ExtraitLigne(bufFichier, 2)) // expect: 17, 1;12,50
Trace(fFichierExiste(sRep + fSep() + "Facture.csv")) // expect: 0
Trace(zipExtraitFichier(Arch, "Absent.csv", zipMémoire)) // expect: 7
zipFerme(Arch)
fRepSupprime(sRep, frRécursif)
