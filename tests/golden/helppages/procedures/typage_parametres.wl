// Page d'aide « Typage des paramètres » (?1514076), « Typage par défaut des paramètres » :
// son exemple écrit avec les noms français (écrit d'après la page anglaise), avec des
// traces : le paramètre sans type prend celui de la variable passée (un entier), et
// l'incrément atteint la variable de l'appelant (passage par adresse).
Indice est un entier
// Appel de la procédure MaProc
MaProc(Indice)
Trace(Indice) // expect: 1
// -- Déclaration de la procédure MaProc
PROCÉDURE MaProc(Compteur)
// Compteur est un entier
Trace(TypeVar(Compteur) = wlEntier) // expect: 1
Compteur += 1
