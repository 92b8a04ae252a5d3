// Une procédure interne lisant une variable de sa procédure déclarée plus bas, appelée
// avant cette déclaration : l'exécution s'y arrête ("used before its declaration"), la
// vérification dit donc WL101 à cet endroit ; appelée après la déclaration, la lecture
// est correcte. La vérification ne disait rien.
gn est un entier = 5
P()
Q()

PROCÉDURE P()
Trace(gn)
PROCÉDURE INTERNE Sous()
  Trace("sous", gn) // error: WL101:17 'gn' is used before its declaration
FIN
Sous()
gn est un entier = 7 // warning: WL205:1 'gn' hides the variable of the same name declared at line 5
Sous()

PROCÉDURE Q()
PROCÉDURE INTERNE Après()
  Trace("après", nQ)
FIN
nQ est un entier = 3
Après()
