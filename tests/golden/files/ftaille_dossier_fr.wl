// fTaille d'un dossier vaut 0, comme fListeFichier avec fdInformationComplète donne la
// taille d'un dossier (décidé le 5 déc. 2026) : c'était le 4096 du système (la taille de
// la table des entrées du dossier sous Linux), un nombre qu'aucun programme porté de
// Windows n'attend.
sRep est une chaîne = fRepTemp() + fSep() + "wl_golden_ftaille_rep_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + fSep() + "a.txt", "12345")
Trace(fTaille(sRep), ErreurDétectée, fTaille(sRep + fSep() + "a.txt")) // expect: 0, 0, 5
Trace(Val(ExtraitChaîne(fListeRépertoire(fRepTemp() + fSep() + fExtraitChemin(sRep, fFichier) + "*", fdInformationComplète + frNonRécursif), 2, TAB))) // expect: 0
Trace(fTaille(sRep + fSep() + "aucun.txt"), ErreurDétectée) // expect: -1, 1
fRepSupprime(sRep, frRécursif)
