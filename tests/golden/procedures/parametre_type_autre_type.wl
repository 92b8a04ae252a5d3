// aide ?1514076 : une variable d'un autre type passée à un paramètre typé est refusée par
// le compilateur de WINDEV ; wl check signale l'erreur WL116, wl run convertit la valeur
nIndice est un entier = 7
Affiche(nIndice) // wl: ignore[WL116]
sNombre est une chaîne = "21"
Double(sNombre) // wl: ignore[WL116]

PROCÉDURE Affiche(sTexte est une chaîne)
Trace(sTexte + "!", Taille(sTexte)) // expect: 7!, 1
PROCÉDURE Double(n est un entier)
Trace(n * 2) // expect: 42
