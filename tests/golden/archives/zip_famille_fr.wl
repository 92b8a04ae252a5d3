// la suite de la famille zip en français (docs/builtins.md "Archives") : zipMotDePasse ?3082053,
// zipNiveauCompression ?3082054, zipChangeChemin ?3082027, zipSupprimeListeFichier ?3082049,
// zipExtraitListeFichier ?1000017234, zipDécoupe ?3082020, zipRegroupe ?3082046
rep est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_zipfam_" + Hasard(1, 999999999)
fRepCrée(rep)
fSauveTexte(fConstruitChemin(rep, "un", "txt"), "premier")
fSauveTexte(fConstruitChemin(rep, "deux", "txt"), Répète("second ", 3000))
z est une zipArchive
Trace(zipCrée(z, fConstruitChemin(rep, "tout", "zip")), zipNiveauCompression(z, 9), zipAjouteListeFichier(z, fConstruitChemin(rep, "un", "txt") + RC + fConstruitChemin(rep, "deux", "txt"))) // expect: 0, 0, 0
Trace(Remplace(zipListeFichier(z), RC, "|"), zipFichierEnCours(z), zipExiste(z), zipTailleFichier(z, "un.txt")) // expect: un.txt|deux.txt, deux.txt, 1, 7
Trace(ExtraitChaîne(zipInfoFichier(z, 2), 2, TAB), zipChangeChemin(z, 1, "a\b.txt"), zipExtraitChemin(z, 1)) // expect: 21000, 0, a\b.txt
Trace(zipExtraitListeFichier(z, "A\B.TXT", fConstruitChemin(rep, "sortie")), fChargeTexte(fConstruitChemin(rep, "sortie\a\b", "txt"))) // expect: 0, premier
Trace(zipEstMulti(z), zipNbPartie(z), zipNbPartieNécessaire(z, zipTaille(z)), zipNbPartieNecessaire(z, 0)) // expect: 0, 1, 1, -1
Trace(zipDécoupe(z, fConstruitChemin(rep, "coupe", "zip"), 80, Vrai), fFichierExiste(fConstruitChemin(rep, "tout", "zip")), zipEstMulti(z)) // expect: 0, 0, 1
Trace(zipSupprimeFichier(z, 1), zipDecoupe(z, fConstruitChemin(rep, "re", "zip"), 80), zipMsgErreur(14)) // expect: 13, 13, Invalid part size.
Trace(zipRegroupe(z, fConstruitChemin(rep, "coupe", "zip")), zipNbPartie(z), fFichierExiste(fConstruitChemin(rep, "coupe", "z01")), zipNbFichier(z)) // expect: 0, 1, 0, 2
// sans extension, les parties prennent celle de l'archive (.zip, .z01...) ; une autre extension est refusée avant d'écrire (5)
Trace(zipDécoupe(z, fConstruitChemin(rep, "sansext"), 80, Faux, 0), zipNbPartie(z) > 1, fFichierExiste(fConstruitChemin(rep, "sansext", "zip")), fFichierExiste(fConstruitChemin(rep, "sansext", "z01"))) // expect: 0, 1, 1, 1
Trace(zipRegroupe(z, fConstruitChemin(rep, "coupe2", "zip")), zipDécoupe(z, fConstruitChemin(rep, "autre", "wdz"), 80), fFichierExiste(fConstruitChemin(rep, "autre", "wdz")), zipNbPartie(z)) // expect: 0, 5, 0, 1
Trace(zipSupprimeListeFichier(z, "a\b.txt"), zipNbFichier(z), zipSupprimeListeFichier(z, "rien.txt"), zipSupprimeTout(z), zipNbFichier(z)) // expect: 0, 1, 7, 0, 0
Trace(zipMotDePasse(z, "clé"), zipMotDePasse(z, "cle"), zipAjouteFichier(z, fConstruitChemin(rep, "un", "txt")), ExtraitChaîne(zipInfoFichier(z, "un.txt"), 8, TAB)) // expect: 11, 0, 0, 1
Trace(zipMotDePasse(z, ""), zipAjouteFichier(z, fConstruitChemin(rep, "un", "txt")), ExtraitChaîne(zipInfoFichier(z, "un.txt"), 8, TAB), zipNbFichier(z)) // expect: 0, 0, 0, 1
zipFerme(z)
t est une zipArchive
Trace(zipCrée(t, fConstruitChemin(rep, "t", "tar")), zipMotDePasse(t, "x"), zipNiveauCompression(t, 3), zipDécoupe(t, fConstruitChemin(rep, "t2", "tar"))) // expect: 0, 5, 5, 5
zipFerme(t)
fRepSupprime(rep, frRécursif)
Trace(fRépertoireExiste(rep)) // expect: 0
