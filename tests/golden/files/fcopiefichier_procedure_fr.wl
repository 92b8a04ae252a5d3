// fCopieFichier et fRepCopie demandent à une procédure avant chaque fichier : fcCopie le
// copie, fcIgnore le saute, fcArrête arrête la copie (le résultat est alors Faux)
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_fcopie_" + Hasard(1, 999999999)
fRepCrée(sRep + "/de")
fSauveTexte(sRep + "/de/a.txt", "A")
fSauveTexte(sRep + "/de/b.txt", "B")
Trace(fCopieFichier(sRep + "/de/*.txt", sRep, 0, SansB))                  // expect: 1
Trace(fFichierExiste(sRep + "/a.txt"), fFichierExiste(sRep + "/b.txt"))   // expect: 1, 0
Trace(fRepCopie(sRep + "/de", sRep + "/vers", 0, Arrête))                  // expect: 0
Trace(fFichierExiste(sRep + "/vers/a.txt"), fFichierExiste(sRep + "/vers/b.txt")) // expect: 0, 0
fSupprime(sRep + "/de/a.txt") ; fSupprime(sRep + "/de/b.txt") ; fSupprime(sRep + "/a.txt")
fRepSupprime(sRep + "/de") ; fRepSupprime(sRep + "/vers") ; fRepSupprime(sRep)

PROCÉDURE SansB(sSource, sDestination)
SI fExtraitChemin(sSource, fFichier) = "b" ALORS RENVOYER fcIgnore
RENVOYER fcCopie

PROCÉDURE Arrête(sSource)
RENVOYER fcArrête
