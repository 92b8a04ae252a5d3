// familles Programme et Fichiers (noms français)
Trace("[" + LigneCommande() + "]") // expect: []
sFichier est une chaîne = fRepEnCours() + "/wl_golden_programme_fichiers.txt"
Trace(fSauveTexte(sFichier, "é")) // expect: 1
Trace(fFichierExiste(sFichier), fChargeTexte(sFichier)) // expect: 1, é
Trace(fSupprime(sFichier)) // expect: 1
Trace(fChargeTexte(sFichier) = "", ErreurDétectée) // expect: 1, 1
Multitâche(1)
Trace(SysEnvironnement("WL_SURELY_NOT_SET_12345") = "") // expect: 1
Trace(Taille(fRepExe()) > 0) // expect: 1
FinProgramme(0)
Trace("pas atteint")
