// POUR TOUT sur une valeur sans éléments arrête l'exécution en nommant ce que la boucle
// parcourt (la variable telle qu'écrite, sa structure), comme le WL110 de wl check
STPoint est une Structure
    x est un entier
FIN
p est un STPoint
Trace("avant") // expect: avant
Parcourt(p)
PROCÉDURE Parcourt(pt)
POUR TOUT y DE pt // expect error: FOR EACH cannot go through 'pt', a STPoint (structure): it has no elements
    Trace(y)
FIN
