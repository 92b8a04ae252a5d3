// la variable d'une procédure interne ne masque une variable du code où elle est écrite
// que si celle-ci est déclarée avant elle (pas de WL205 sinon)
PROCÉDURE INTERNE Premiere()
    somme est un entier = 2
    Trace(somme)
FIN
Premiere()
somme est un entier = 5
PROCÉDURE INTERNE Seconde()
    somme est un entier = 3 // warning: WL205:5 'somme' hides the variable of the same name declared at line 8
    Trace(somme)
FIN
Seconde()
Trace(somme)
