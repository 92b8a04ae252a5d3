// Page d'aide fCrée (?3036017, la page anglaise fCreate ; son exemple n'est pas dans la
// copie stockée ; jumeau écrit par nous) : ce que sa syntaxe dit, dans un dossier
// temporaire : le résultat identifie le fichier, -1 en cas d'erreur ; un fichier
// existant du même nom est détruit et recréé ; un chemin relatif part de fRepEnCours.
sRep est une chaîne = fRepTemp() + fSep() + "wl_helppage_fcree_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + fSep() + "Fichier.txt", "ancien contenu")
IdFichier est un entier = fCrée(sRep + fSep() + "Fichier.txt")
Trace(IdFichier <> -1, ErreurDétectée) // expect: 1, 0
fEcritLigne(IdFichier, "nouveau contenu")
fFerme(IdFichier)
Trace(fChargeTexte(sRep + fSep() + "Fichier.txt")) // expect: nouveau contenu
// expect:
IdFichier = fCree(sRep + fSep() + "Absent" + fSep() + "Fichier.txt")
Trace(IdFichier, ErreurDetectee) // expect: -1, 1
sAvant est une chaîne = fRepEnCours()
fRepEnCours(sRep)
IdFichier = fCrée("Relatif.txt")
fFerme(IdFichier)
fRepEnCours(sAvant)
Trace(fFichierExiste(sRep + fSep() + "Relatif.txt")) // expect: 1
fRepSupprime(sRep, frRécursif)
