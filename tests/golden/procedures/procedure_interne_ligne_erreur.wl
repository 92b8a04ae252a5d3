// une erreur d'exécution dans une procédure interne est signalée à sa ligne (elle
// l'était à l'en-tête de la procédure interne, « in p_inner »)
Principale(2)

PROCÉDURE Principale(n)
PROCÉDURE INTERNE LitCase()
    t est un tableau d'entiers
    Trace(t[n])    // expect error: Index 2 is out of range
FIN
LitCase()
