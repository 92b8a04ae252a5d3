// fNomFichier (aucune page d'aide, INFERRED) : le chemin du fichier
// qu'un numéro de fichier désigne ; un numéro inconnu est une erreur non fatale
sChemin est une chaîne = fRepTemp() + "/wl_fnomfichier_fr.txt"
fSauveTexte(sChemin, "abc")
n est un entier = fOuvre(sChemin, foLecture)
Trace(fExtraitChemin(fNomFichier(n), fFichier + fExtension), fLit(n, 3)) // expect: wl_fnomfichier_fr.txt, abc
fFerme(n)
fSupprime(sChemin)
Trace(FNOMFICHIER(99) = "", ErreurDétectée) // expect: 1, 1
