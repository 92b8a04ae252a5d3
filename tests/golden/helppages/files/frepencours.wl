// fRepEnCours avec un dossier (pas de page stockée ; INFERRED, docs/builtins.md
// "Help-page examples HPb") : le dossier devient le dossier en cours et est renvoyé ; une
// erreur donne "" et ErreurDétectée.
sOld est une chaîne = fRepEnCours()
sDir est une chaîne = fRepTemp() + fSep() + "wl_helppage_fcurrentdir_fr"
fRepCrée(sDir)
Trace(fRepEnCours(sDir) = sDir) // expect: 1
Trace(fRepEnCours() = sDir) // expect: 1
fSauveTexte("relative.txt", "here")
Trace(fChargeTexte(sDir + fSep() + "relative.txt")) // expect: here
Trace(fRepEnCours(sDir + fSep() + "missing")) // expect: 
Trace(ErreurDétectée) // expect: 1
Trace(fRepEnCours() = sDir) // expect: 1
fRepEnCours(sOld)
Trace(fRepEnCours() = sOld) // expect: 1
fRepSupprime(sDir, frRécursif)
Trace(fRépertoireExiste(sDir)) // expect: 0
